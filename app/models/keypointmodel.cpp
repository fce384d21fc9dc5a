#include "keypointmodel.h"

#include "userdataservice.h"
#include "userdatastore.h"

#include <QHash>
#include <QScopedValueRollback>

namespace planner {

KeyPointModel::KeyPointModel(UserDataService &userData, QObject *parent)
    : QAbstractTableModel(parent)
    , m_userData(userData)
{
    connect(&m_userData, &UserDataService::keyPointsChanged, this,
        &KeyPointModel::onKeyPointsChanged);
}

void KeyPointModel::setSession(const QString &conferenceKey, const Session &session)
{
    beginResetModel();
    m_conferenceKey = conferenceKey;
    m_sessionKey = session.key;
    m_session = session;
    m_rows.clear();
    QHash<QString, Annotation> annotations;
    for (const Annotation &a : m_userData.store().annotations(conferenceKey, session.key))
        annotations.insert(a.pointKey, a);
    for (const KeyPoint &point : session.keyPoints) {
        const QString key = point.key();
        m_rows.append({ point, false, annotations.value(key, Annotation { key, false, {} }) });
    }
    for (const UserKeyPoint &own : m_userData.store().userKeyPoints(conferenceKey, session.key)) {
        const KeyPoint point { {}, LocalizedText::english(own.text) };
        m_rows.append(
            { point, true, annotations.value(own.key, Annotation { own.key, false, {} }) });
    }
    endResetModel();
}

void KeyPointModel::onKeyPointsChanged(const QString &conference, const QString &session)
{
    if (m_writing || conference != m_conferenceKey || session != m_sessionKey)
        return;
    QHash<QString, Annotation> annotations;
    for (const Annotation &a : m_userData.store().annotations(conference, session))
        annotations.insert(a.pointKey, a);
    // The user's own points as (text, annotation), in order: shown and stored.
    using Own = std::pair<QString, Annotation>;
    QList<Own> shown;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.userPoint)
            shown.append({ row.point.text.written(Language::English), row.annotation });
    }
    QList<Own> stored;
    for (const UserKeyPoint &own : m_userData.store().userKeyPoints(conference, session))
        stored.append({ own.text, annotations.value(own.key, Annotation { own.key, false, {} }) });
    // This model's own edits are shown already; a point brought back, edited or
    // moved elsewhere (an undo) is not.
    if (stored != shown)
        setSession(conference, m_session);
}

int KeyPointModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).annotation.pointKey == key)
            return row;
    }
    return -1;
}

QStringList KeyPointModel::userPointKeys() const
{
    QStringList keys;
    for (const Row &row : m_rows) {
        if (row.userPoint)
            keys.append(row.annotation.pointKey);
    }
    return keys;
}

void KeyPointModel::clear()
{
    beginResetModel();
    m_sessionKey.clear();
    m_rows.clear();
    endResetModel();
}

void KeyPointModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TextColumn), index(rowCount() - 1, TextColumn));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool KeyPointModel::addUserPoint(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_sessionKey.isEmpty() || trimmed.isEmpty())
        return false;
    const int before = int(m_userData.store().userKeyPoints(m_conferenceKey, m_sessionKey).size());
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (!m_userData.addUserKeyPoint(m_conferenceKey, m_sessionKey, trimmed).ok())
        return false;
    const QList<UserKeyPoint> own = m_userData.store().userKeyPoints(m_conferenceKey, m_sessionKey);
    if (own.size() <= before)
        return false;
    const UserKeyPoint &added = own.last();
    beginInsertRows({}, rowCount(), rowCount());
    m_rows.append({ KeyPoint { {}, LocalizedText::english(added.text) }, true,
        Annotation { added.key, false, {} } });
    endInsertRows();
    return true;
}

bool KeyPointModel::removeUserPoint(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).userPoint)
        return false;
    const Annotation annotation = m_rows.at(row).annotation;
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (!m_userData.removeUserKeyPoint(m_conferenceKey, m_sessionKey, annotation.pointKey).ok())
        return false;
    // Its star and comment go with it.
    m_userData.setAnnotation(m_conferenceKey, m_sessionKey, { annotation.pointKey, false, {} });
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

int KeyPointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyPointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyPointModel::textOf(const Row &row) const
{
    const QString text = row.point.text.text(m_language);
    if (row.point.lead.isEmpty())
        return text;
    return tr("%1: %2", "a key point's bold lead-in, then its text")
        .arg(row.point.lead.text(m_language), text);
}

QVariant KeyPointModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == TextColumn)
            return role == Qt::EditRole && row.userPoint ? row.point.text.written(Language::English) : textOf(row);
        if (index.column() == CommentColumn)
            return row.annotation.comment;
        return {};
    case Qt::CheckStateRole:
        if (index.column() == StarColumn)
            return row.annotation.starred ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return row.userPoint
                ? tr("Your own key point (Shift+F2 to edit, Ctrl+Shift+Up or Down to move)")
                                 : textOf(row);
        if (index.column() == StarColumn)
            return tr("Star this key point");
        return index.column() == CommentColumn ? tr("Your comment (double-click or F2 to edit)")
                                               : QVariant();
    case PointKeyRole:
        return row.annotation.pointKey;
    case IsUserPointRole:
        return row.userPoint;
    case LeadRole:
        return row.point.lead.text(m_language);
    default:
        return {};
    }
}

bool KeyPointModel::saveAnnotation(int row, const Annotation &annotation)
{
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (!m_userData.setAnnotation(m_conferenceKey, m_sessionKey, annotation).ok())
        return false;
    m_rows[row].annotation = annotation;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool KeyPointModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Row &row = m_rows.at(index.row());
    if (index.column() == TextColumn && role == Qt::EditRole && row.userPoint)
        return saveUserPointText(index.row(), value.toString().trimmed());
    Annotation annotation = row.annotation;
    if (index.column() == StarColumn && role == Qt::CheckStateRole)
        annotation.starred = value.toInt() == Qt::Checked;
    else if (index.column() == CommentColumn && role == Qt::EditRole)
        annotation.comment = value.toString().trimmed();
    else
        return false;
    if (annotation == row.annotation)
        return true;
    return saveAnnotation(index.row(), annotation);
}

bool KeyPointModel::saveUserPointText(int row, const QString &text)
{
    const QString before = m_rows.at(row).point.text.written(Language::English);
    if (text.isEmpty()) // Remove takes a point away; an emptied one keeps its text
        return false;
    if (text == before)
        return true;
    const QString key = m_rows.at(row).annotation.pointKey;
    {
        const QScopedValueRollback<bool> writing(m_writing, true);
        if (!m_userData.setUserKeyPointText(m_conferenceKey, m_sessionKey, key, text).ok())
            return false;
    }
    m_rows[row].point.text = LocalizedText::english(text);
    emit dataChanged(index(row, TextColumn), index(row, TextColumn));
    emit userPointTextEdited(key, before, text);
    return true;
}

Qt::ItemFlags KeyPointModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == StarColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == CommentColumn
        || (index.column() == TextColumn && m_rows.at(index.row()).userPoint))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant KeyPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StarColumn:
        return QStringLiteral("★");
    case TextColumn:
        return tr("Key point");
    case CommentColumn:
        return tr("Your comment");
    }
    return {};
}

} // namespace planner
