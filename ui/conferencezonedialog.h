#pragma once

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStringListModel;

namespace planner {

// Asks for a conference's time zone: the IANA zones, narrowed as the user types
// ("taipei", "new_york", "europe/"), the current one chosen at first.
class ConferenceZoneDialog : public QDialog
{
    Q_OBJECT

public:
    ConferenceZoneDialog(const QString &conferenceTitle, const QTimeZone &current,
        const QStringList &zoneIds, QWidget *parent = nullptr);

    // The zone chosen in the list; empty when none is.
    QString chosenZone() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *zoneList() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void narrow(const QString &text);
    void select(const QString &zoneId);
    void showChoice();

    QStringListModel *m_zones;
    QSortFilterProxyModel *m_shown;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_choice;
};

} // namespace planner
