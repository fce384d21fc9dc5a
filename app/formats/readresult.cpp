#include "readresult.h"

namespace planner {

QString ReadError::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    } else if (offset >= 0) {
        where += QStringLiteral(":@") + QString::number(offset);
    }
    return where + QStringLiteral(": ") + message;
}

ReadError ReadError::at(
    const QString &file, const QByteArray &bytes, qint64 offset, const QString &message)
{
    offset = qBound<qint64>(0, offset, bytes.size());
    const QByteArrayView before(bytes.constData(), offset);
    const qint64 line = before.count('\n') + 1;
    const qint64 lineStart = before.lastIndexOf('\n') + 1;
    qint64 column = 1;
    for (qint64 i = lineStart; i < offset; ++i)
        column += (uchar(bytes.at(i)) & 0xC0) != 0x80 ? 1 : 0;
    return { file, line, column, offset, message };
}

QSet<QString> ReadResult::sessionKeys() const
{
    QSet<QString> keys = streamedKeys;
    keys.reserve(keys.size() + data.sessions.size());
    for (const Session &session : data.sessions)
        keys.insert(session.key);
    return keys;
}

} // namespace planner
