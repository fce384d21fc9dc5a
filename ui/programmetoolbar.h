#pragma once

#include "language.h"
#include "sessionrow.h"

#include <QToolBar>

class QComboBox;
class QLineEdit;

namespace planner {

// The controls above the window: which conference and the search field (the
// filters are over the programme, ProgrammeFilterBar). It reports what the user
// chose and leaves applying it to the window.
// In the search field Esc clears it, and Down or Enter goes on to the results.
class ProgrammeToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit ProgrammeToolBar(QWidget *parent = nullptr);

    QComboBox *conferenceSwitcher() const { return m_conferences; }
    QLineEdit *searchField() const { return m_search; }

    // A single conference needs no switcher, so it is hidden then.
    void setConferences(
        const QList<ConferenceSummary> &conferences, const QString &current, Language language);

signals:
    void conferenceChosen(const QString &conferenceKey);
    void searchChanged(const QString &text);
    void resultsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void enableClearButton();
    void retranslateUi();

    QComboBox *m_conferences;
    QAction *m_conferencesAction;
    QLineEdit *m_search;
};

} // namespace planner
