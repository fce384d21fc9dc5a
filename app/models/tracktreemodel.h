#pragma once

#include "language.h"
#include "sessionrow.h"
#include "track.h"

#include <QAbstractItemModel>
#include <QTimeZone>

namespace planner {

class ProgrammeStore;

// The programme as a two-level tree: tracks, then their sessions, in programme
// order. Holds only what rows show (SessionRow), never whole sessions.
class TrackTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, CodeColumn, TimeColumn, ColumnCount };
    enum Role {
        SessionKeyRole = Qt::UserRole + 1, // empty on track rows
        TrackKeyRole,
        IsTrackRole,
    };

    explicit TrackTreeModel(const ProgrammeStore &store, QObject *parent = nullptr);

    // Loads `conferenceKey` from the store; a whole reset, as the data set changes.
    void setConference(const QString &conferenceKey);
    QString conference() const { return m_conferenceKey; }
    void setLanguage(Language language);

    QModelIndex indexOfSession(const QString &sessionKey) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct TrackNode
    {
        Track track;
        QList<SessionRow> sessions;
    };

    QVariant trackData(const TrackNode &node, int column, int role) const;
    QVariant sessionData(const SessionRow &row, int column, int role) const;

    const ProgrammeStore &m_store;
    QString m_conferenceKey;
    QTimeZone m_zone;
    Language m_language = Language::English;
    QList<TrackNode> m_tracks;
};

} // namespace planner
