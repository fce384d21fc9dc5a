#pragma once

#include "annotation.h"
#include "language.h"
#include "session.h"

#include <QAbstractTableModel>

namespace planner {

class UserDataService;

// One session's key points, the programme's then the user's own, each with the
// user's star and comment. Stars and comments are edited in place and saved as
// they change; the user's own points can be added, edited in place and removed,
// and are shown in the order the user gave them.
class KeyPointModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StarColumn, TextColumn, CommentColumn, ColumnCount };
    enum Role { PointKeyRole = Qt::UserRole + 1, IsUserPointRole, LeadRole };

    explicit KeyPointModel(UserDataService &userData, QObject *parent = nullptr);

    // A different session: a reset, as the whole list changes.
    void setSession(const QString &conferenceKey, const Session &session);
    void clear();
    void setLanguage(Language language);

    bool addUserPoint(const QString &text);
    bool removeUserPoint(int row);
    // The row of the point with `key`, or -1.
    int rowOfKey(const QString &key) const;
    // The keys of the user's own points, in their order.
    QStringList userPointKeys() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The text of a point of the user's own was edited in place and saved.
    void userPointTextEdited(const QString &key, const QString &before, const QString &after);

private:
    struct Row
    {
        KeyPoint point; // the user's own points keep their text in point.text
        bool userPoint = false;
        Annotation annotation;
    };

    QString textOf(const Row &row) const;
    // The user's own points as stored, after a change made elsewhere (an undo).
    void onKeyPointsChanged(const QString &conference, const QString &session);
    bool saveAnnotation(int row, const Annotation &annotation);
    bool saveUserPointText(int row, const QString &text);

    UserDataService &m_userData;
    QString m_conferenceKey;
    QString m_sessionKey;
    Language m_language = Language::English;
    QList<Row> m_rows;
    Session m_session; // the points the programme gives, for reading the user's again
    bool m_writing = false; // while this model saves: what it changes, it shows itself
};

} // namespace planner
