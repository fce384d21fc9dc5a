#pragma once

#include "searchindex.h"

#include <QSortFilterProxyModel>

namespace planner {

class Database;
class UserDataService;

// Sorts the programme tree and filters it as the user types: by search words
// (across the programme's text and the user's notes), bookmarked sessions only,
// and one track. A track stays visible while any of its sessions does.
class ProgrammeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    ProgrammeFilterModel(
        const Database &database, UserDataService &userData, QObject *parent = nullptr);

    void setConference(const QString &conferenceKey);
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setBookmarkedOnly(bool only);
    bool bookmarkedOnly() const { return m_bookmarkedOnly; }
    void setTrack(const QString &trackKey); // empty: every track
    QString track() const { return m_trackKey; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void onNoteChanged(const QString &conference, const QString &session, const QString &text);
    void onBookmarkChanged(const QString &conference);
    void ensureIndex();

    const Database &m_database;
    QString m_conferenceKey;
    QString m_searchText;
    QStringList m_words; // case-folded
    bool m_bookmarkedOnly = false;
    QString m_trackKey;
    SearchIndex m_index;
    bool m_indexLoaded = false;
};

} // namespace planner
