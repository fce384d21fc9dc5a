#include "schedulemodel.h"

#include "changetext.h"
#include "programmestore.h"
#include "scheduleplanner.h"
#include "timeformatter.h"
#include "unseenchanges.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QColor>
#include <QFont>

namespace planner {

namespace {

// Group rows have internal id 0; item rows carry their group's id, which unlike
// its row survives groups being inserted or removed before it.
constexpr quintptr groupRowId = 0;

} // namespace

ScheduleModel::ScheduleModel(
    const ProgrammeStore &store, UserDataService &userData, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_userData(userData)
{
    auto reloadIfCurrent = [this](const QString &conference) {
        if (conference == m_conferenceKey)
            reload();
    };
    connect(&m_userData, &UserDataService::bookmarkChanged, this, reloadIfCurrent);
    connect(&m_userData, &UserDataService::plannedTimeChanged, this, reloadIfCurrent);
    // A row shows whether the session has a note or starred points.
    connect(&m_userData, &UserDataService::noteChanged, this,
        [reloadIfCurrent](const QString &conference) { reloadIfCurrent(conference); });
    connect(&m_userData, &UserDataService::keyPointsChanged, this, reloadIfCurrent);
}

void ScheduleModel::setConference(const QString &conferenceKey)
{
    beginResetModel();
    m_conferenceKey = conferenceKey;
    const std::optional<Conference> conference = m_store.conference(conferenceKey);
    m_zone = conference ? conference->zone() : QTimeZone::utc();
    m_formatter = TimeFormatter(localeOf(m_language), m_zone);
    m_groups = buildGroups();
    for (Group &group : m_groups)
        group.id = m_nextGroupId++;
    endResetModel();
}

void ScheduleModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_formatter = TimeFormatter(localeOf(m_language), m_zone);
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        emit dataChanged(group, index(g, ColumnCount - 1));
        const int n = rowCount(group);
        if (n > 0)
            emit dataChanged(index(0, 0, group), index(n - 1, ColumnCount - 1, group));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ScheduleModel::setChanges(const UnseenChanges *changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_changes = changes;
    if (!m_changes)
        return;
    // A schedule holds a few dozen rows: all of them are painted again.
    connect(m_changes, &UnseenChanges::reset, this, &ScheduleModel::emitItemsChanged);
    connect(m_changes, &UnseenChanges::sessionSeen, this, &ScheduleModel::emitItemsChanged);
}

void ScheduleModel::emitItemsChanged()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        const int n = rowCount(group);
        if (n > 0)
            emit dataChanged(index(0, 0, group), index(n - 1, ColumnCount - 1, group));
    }
}

QVariant ScheduleModel::changeData(const Item &item, int role) const
{
    const SessionChange *change
        = m_changes && !item.key.isEmpty() && m_changes->conference() == m_conferenceKey
        ? m_changes->changeOf(item.key)
        : nullptr;
    if (!change)
        return {};
    switch (role) {
    case ChangeKindRole:
        return int(change->kind);
    case ChangeBadgeRole:
        return ChangeText::badge(change->kind);
    case ChangeDescriptionRole: {
        const SessionTime time = item.start.isValid()
            ? SessionTime::timed(item.start, item.end, QDate())
            : SessionTime::onDemand();
        return ChangeText::description(
            *change, { time, item.room, item.title }, m_formatter, m_language);
    }
    }
    return {};
}

int ScheduleModel::sessionCount() const
{
    int count = 0;
    for (const Group &group : m_groups) {
        for (const Item &item : group.items)
            count += !item.key.isEmpty();
    }
    return count;
}

QModelIndex ScheduleModel::indexOfSession(const QString &sessionKey) const
{
    if (sessionKey.isEmpty())
        return {}; // gaps have no key
    for (const Group &group : m_groups) {
        for (int i = 0; i < group.items.size(); ++i) {
            if (group.items.at(i).key == sessionKey)
                return createIndex(i, 0, group.id);
        }
    }
    return {};
}

int ScheduleModel::rowOfGroup(quintptr id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).id == id)
            return g;
    }
    return -1;
}

QList<ScheduleModel::Group> ScheduleModel::buildGroups() const
{
    return SchedulePlanner(m_store, m_userData.store()).plan(m_conferenceKey);
}

void ScheduleModel::reload()
{
    applyGroups(buildGroups());
}

void ScheduleModel::applyGroups(const QList<Group> &groups)
{
    // Walks old and new groups in order, as in a merge: groups that went away are
    // removed, new ones inserted, and the ones on both sides updated in place.
    int row = 0;
    int next = 0;
    while (row < m_groups.size() || next < groups.size()) {
        const bool oldOnly = next == groups.size()
            || (row < m_groups.size() && m_groups.at(row).before(groups.at(next)));
        if (oldOnly) {
            beginRemoveRows({}, row, row);
            m_groups.removeAt(row);
            endRemoveRows();
        } else if (row == m_groups.size() || !m_groups.at(row).sameGroup(groups.at(next))) {
            beginInsertRows({}, row, row);
            m_groups.insert(row, groups.at(next));
            m_groups[row].id = m_nextGroupId++;
            endInsertRows();
            ++row;
            ++next;
        } else {
            if (m_groups.at(row).items != groups.at(next).items)
                replaceItems(row, groups.at(next).items);
            ++row;
            ++next;
        }
    }
}

void ScheduleModel::replaceItems(int groupRow, const QList<Item> &items)
{
    const QModelIndex group = index(groupRow, 0);
    QList<Item> &current = m_groups[groupRow].items;
    if (!current.isEmpty()) {
        beginRemoveRows(group, 0, int(current.size()) - 1);
        current.clear();
        endRemoveRows();
    }
    if (!items.isEmpty()) {
        beginInsertRows(group, 0, int(items.size()) - 1);
        current = items;
        endInsertRows();
    }
    emit dataChanged(group, index(groupRow, ColumnCount - 1)); // its count changed
}

QModelIndex ScheduleModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRowId);
    return createIndex(row, column, m_groups.at(parent.row()).id);
}

QModelIndex ScheduleModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    const int row = rowOfGroup(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, groupRowId);
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupRowId
        || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

int ScheduleModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupRowId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const int groupRow = rowOfGroup(index.internalId());
    if (groupRow < 0)
        return {};
    const Group &group = m_groups.at(groupRow);
    return itemValue(group, group.items.at(index.row()), index.column(), role);
}

QVariant ScheduleModel::groupData(const Group &group, int column, int role) const
{
    if (role == IsGroupRole)
        return true;
    if (role == SessionKeyRole)
        return QString();
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole || column != TimeColumn)
        return {};
    switch (group.kind) {
    case Group::Day:
        return m_formatter.day(group.date);
    case Group::OnDemand:
        return tr("On demand");
    }
    return {};
}

QString ScheduleModel::clock(const QDateTime &utc) const
{
    return m_formatter.clock(utc);
}

QVariant ScheduleModel::itemValue(const Group &group, const Item &item, int column, int role) const
{
    const bool gap = item.key.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (column == TimeColumn && item.start.isValid()) {
            // Under a day's heading, a night session says it is on the next date.
            const QString start = group.kind == Group::Day
                ? m_formatter.clockUnder(item.start, group.date)
                : clock(item.start);
            return item.end.isValid() ? start + QStringLiteral("–") + clock(item.end) : start;
        }
        if (column == TimeColumn && !gap && !item.onDemand && group.kind == Group::Day)
            return tr("Time TBA");
        if (column == TitleColumn)
            return gap ? tr("Free for %n minute(s)", "a gap between sessions",
                       int(item.start.secsTo(item.end) / 60))
                       : (item.clashesWith.isEmpty() ? QString() : QStringLiteral("⚠ "))
                    + (item.removed
                            ? tr("%1 (removed from the programme)").arg(item.title.text(m_language))
                            : item.title.text(m_language));
        if (column == RoomColumn)
            return item.room;
        if (column == MarksColumn) {
            QString marks = item.hasNote ? QStringLiteral("✎") : QString();
            if (item.starredPoints > 0)
                marks += QStringLiteral("★%1").arg(item.starredPoints);
            return marks;
        }
        return {};
    case Qt::AccessibleTextRole:
        // The title with its change, as the badge shows it.
        if (column != TitleColumn || !changeData(item, ChangeKindRole).isValid())
            return {};
        return tr("%1 (%2)", "a session's title, then its change since the user last looked")
            .arg(itemValue(group, item, column, Qt::DisplayRole).toString(),
                changeData(item, ChangeDescriptionRole).toString());
    case Qt::ToolTipRole: {
        if (column == TitleColumn && changeData(item, ChangeKindRole).isValid()) {
            const QVariant usual = itemValue(group, item, TimeColumn, Qt::ToolTipRole);
            const QString change = changeData(item, ChangeDescriptionRole).toString();
            return usual.isValid() ? usual.toString() + u'\n' + change : change;
        }
        if (column == MarksColumn && !gap) {
            QStringList marks;
            if (item.hasNote)
                marks << tr("You wrote a note");
            if (item.starredPoints > 0)
                marks << tr("%n key point(s) starred", "", item.starredPoints);
            return marks.isEmpty() ? QVariant() : QVariant(marks.join(QStringLiteral("; ")));
        }
        if (item.clashesWith.isEmpty())
            return item.planned ? tr("Your planned time for this on-demand session") : QVariant();
        QStringList titles;
        for (const LocalizedText &title : item.clashesWith)
            titles.append(title.text(m_language));
        return tr("Clashes with: %1").arg(titles.join(QStringLiteral("; ")));
    }
    case Qt::BackgroundRole:
        // Clashes stand out on both rows; gaps recede.
        return item.clashesWith.isEmpty() ? QVariant() : QVariant(QColor(255, 224, 224));
    case Qt::ForegroundRole:
        return gap ? QVariant(QColor(Qt::darkGray)) : QVariant();
    case Qt::FontRole:
        if (gap || item.planned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case SessionKeyRole:
        return item.key;
    case IsGroupRole:
        return false;
    case IsGapRole:
        return gap;
    case ClashRole:
        return !item.clashesWith.isEmpty();
    case PlannedRole:
        return item.planned;
    case OnDemandRole:
        return item.onDemand;
    case ClashKeysRole:
        return item.clashKeys;
    case StartRole:
        return item.start;
    case EndRole:
        return item.end;
    case ChangeKindRole:
    case ChangeBadgeRole:
    case ChangeDescriptionRole:
        return changeData(item, role);
    default:
        return {};
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Session");
    case RoomColumn:
        return tr("Room");
    }
    return {};
}

} // namespace planner
