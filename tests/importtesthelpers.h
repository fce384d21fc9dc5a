#pragma once

#include "conferencedata.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>

// Shared by the importer tests: where fixtures live, and finding a session.
namespace importtest {

inline QString fixture(const char *name)
{
    return QStringLiteral(PLANNER_SOURCE_DIR "/tests/data/") + QLatin1String(name);
}

// A real programme from ../shared/data; absent in a plain clone.
inline QString realFile(const char *name)
{
    return QStringLiteral(PLANNER_SOURCE_DIR "/../shared/data/") + QLatin1String(name);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes the Pentabarf file `from` to `to` without the events whose id matches
// `ids` (a regular expression): a programme with sessions taken away.
inline bool writeWithoutEvents(const QString &from, const QString &ids, const QString &to)
{
    QString text = QString::fromUtf8(readAll(from));
    text.remove(QRegularExpression(QStringLiteral("<event[^>]*id=\"(%1)\">.*?</event>").arg(ids),
        QRegularExpression::DotMatchesEverythingOption));
    QFile file(to);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(text.toUtf8()) == text.toUtf8().size();
}

inline const planner::Session *sessionByKey(const planner::ConferenceData &data, const QString &key)
{
    for (const planner::Session &s : data.sessions) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

inline QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

inline QStringList trackKeys(const planner::ConferenceData &data)
{
    QStringList keys;
    for (const planner::Track &t : data.tracks)
        keys.append(t.key);
    return keys;
}

} // namespace importtest

// Skips the test when a real programme is not beside the repository.
#define REQUIRE_REAL_FILE(path)                                                                    \
    if (!QFile::exists(path))                                                                      \
    QSKIP(qPrintable(QStringLiteral("%1 is absent: the real programmes in ../shared/data are not " \
                                    "part of a plain clone")                                       \
                         .arg(path)))
