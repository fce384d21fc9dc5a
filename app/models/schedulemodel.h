#pragma once

#include "language.h"
#include "scheduleplan.h"
#include "timeformatter.h"

#include <QAbstractItemModel>
#include <QTimeZone>

namespace planner {

class ProgrammeStore;
class UnseenChanges;
class UserDataService;

// The personal schedule: bookmarked sessions grouped by conference day in time
// order, then "Time TBA" and "On demand". Within a day, free gaps appear as rows
// of their own and overlapping sessions are flagged as clashes. A change touches
// only the day groups it affects; the model is never reset for one bookmark.
class ScheduleModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // MarksColumn: whether the user wrote a note or starred key points.
    enum Column { TimeColumn, TitleColumn, MarksColumn, RoomColumn, ColumnCount };
    enum Role {
        SessionKeyRole = Qt::UserRole + 1, // empty on group and gap rows
        IsGroupRole,
        IsGapRole,
        ClashRole, // true on sessions that overlap another bookmarked session
        PlannedRole, // true where the time is the user's plan for an on-demand session
        OnDemandRole, // true for sessions the programme offers on demand
        ClashKeysRole, // the keys of the bookmarked sessions it overlaps
        StartRole, // UTC, as planned for an on-demand session; null when to be announced
        EndRole,
        // As TrackTreeModel's: a change since the user last looked, on session rows.
        ChangeKindRole,
        ChangeBadgeRole,
        ChangeDescriptionRole,
    };

    ScheduleModel(
        const ProgrammeStore &store, UserDataService &userData, QObject *parent = nullptr);

    void setConference(const QString &conferenceKey);
    void setLanguage(Language language);
    // Where the badges of changed sessions come from; none by default.
    void setChanges(const UnseenChanges *changes);
    int sessionCount() const;
    QModelIndex indexOfSession(const QString &sessionKey) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    using Item = ScheduleItem;
    using Group = ScheduleGroup;

private:
    void reload();
    QList<Group> buildGroups() const;
    void applyGroups(const QList<Group> &groups);
    void replaceItems(int groupRow, const QList<Item> &items);
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant itemValue(const Group &group, const Item &item, int column, int role) const;
    QString clock(const QDateTime &utc) const;
    QVariant changeData(const Item &item, int role) const;
    void emitItemsChanged();
    int rowOfGroup(quintptr id) const;

    const ProgrammeStore &m_store;
    UserDataService &m_userData;
    const UnseenChanges *m_changes = nullptr;
    QString m_conferenceKey;
    QTimeZone m_zone;
    Language m_language = Language::English;
    // Made once per conference and language, not for every time a row shows.
    TimeFormatter m_formatter { localeOf(Language::English), QTimeZone::utc() };
    QList<Group> m_groups;
    quintptr m_nextGroupId = 1;
};

} // namespace planner
