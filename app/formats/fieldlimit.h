#pragma once

#include "conferencedata.h"

#include <QCoreApplication>

namespace planner {

// How long one text of a programme may be. No real abstract or description
// comes near a megabyte; a file with a text of hundreds (a mistake, or an attack)
// would otherwise take gigabytes to read. Longer texts are cut, at a character's
// boundary, with a warning naming the session.
class FieldLimit
{
    Q_DECLARE_TR_FUNCTIONS(planner::FieldLimit)

public:
    // In bytes of UTF-8.
    static constexpr qsizetype defaultBytes = qsizetype(1) << 20;

    // The length of the longest start of `utf8` (`size` bytes) of at most `limit`
    // bytes that ends between two characters.
    static qsizetype prefix(const char *utf8, qsizetype size, qsizetype limit);
    // "file:line: the DESCRIPTION of "Title" is 246 MB; only its first 1 MB is kept".
    // `line` 0: none is given.
    static QString warning(const QString &file, qint64 line, const QString &field,
        const QString &session, qint64 bytes, qsizetype limit);
    // Cuts the texts of `data`'s sessions longer than `limit` bytes, with a warning
    // each: for the formats whose reader holds the whole file's texts anyway.
    static void cut(
        ConferenceData &data, qsizetype limit, const QString &file, QStringList &warnings);

    // `json` with every string longer than `limit` bytes cut to about as many,
    // before a JSON parser holds it whole (and several times over), with a
    // warning each naming its key and the "title" of the object it is in. The
    // bytes themselves, unless one is cut.
    static QByteArray cutJsonStrings(
        const QByteArray &json, qsizetype limit, const QString &file, QStringList &warnings);

private:
    static QString sizeText(qint64 bytes);
};

} // namespace planner
