#pragma once

#include "language.h"
#include "track.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace planner {

// The filters over the programme tree: one day, one track, one room. It reports
// what the user chose and leaves applying it to the window; each "All" entry
// (the first) shows everything again.
class ProgrammeFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeFilterBar(QWidget *parent = nullptr);

    QComboBox *dayFilter() const { return m_days; }
    QComboBox *trackFilter() const { return m_tracks; }
    QComboBox *roomFilter() const { return m_rooms; }

    // The choices of a conference, with the one shown; nothing is emitted.
    void setDays(const QList<QDate> &days, const QDate &current, Language language);
    void setTracks(const QList<Track> &tracks, const QString &current, Language language);
    void setRooms(const QStringList &rooms, const QString &current);
    void showDay(const QDate &day);
    void showTrack(const QString &trackKey);
    void showRoom(const QString &room);
    // A span of time the programme is narrowed to, as `label` says; empty: none.
    void showTimeSpan(const QString &label);
    QToolButton *timeSpanButton() const { return m_span; }
    // "Changes": only the sessions changed since the user last looked, shown while
    // there are some (or while it is on), with "Mark All as Seen" beside it.
    void setChangeCount(int count);
    void showChangesOnly(bool on);
    QToolButton *changesButton() const { return m_changes; }
    QToolButton *markSeenButton() const { return m_markSeen; }

signals:
    void dayChosen(const QDate &day); // null for every day
    void trackChosen(const QString &trackKey); // empty for every track
    void roomChosen(const QString &room); // empty for every room
    void timeSpanCleared();
    void changesOnlyChosen(bool on);
    void markAllSeenChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static void show(QComboBox *box, const QVariant &value);

    QComboBox *m_days;
    QComboBox *m_tracks;
    QComboBox *m_rooms;
    QToolButton *m_span;
    QString m_spanLabel;
    QToolButton *m_changes;
    QToolButton *m_markSeen;
    int m_changeCount = 0;
};

} // namespace planner
