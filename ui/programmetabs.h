#pragma once

#include <QTabWidget>

namespace planner {

// The ways to look at the programme, side by side as tabs: by track (the tree
// and its filters), a day by time and room, and what is on now and next.
class ProgrammeTabs : public QTabWidget
{
    Q_OBJECT

public:
    enum Page { Tracks, Day, NowNext };

    ProgrammeTabs(QWidget *tracks, QWidget *day, QWidget *nowNext, QWidget *parent = nullptr);

    Page page() const { return Page(currentIndex()); }
    void showPage(Page page) { setCurrentIndex(int(page)); }
    // The page as Preferences keeps it: "tracks", "day" or "now".
    QString pageName() const;
    void showPageNamed(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace planner
