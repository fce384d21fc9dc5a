#include "fieldlimit.h"

#include "readresult.h"

namespace planner {

qsizetype FieldLimit::prefix(const char *utf8, qsizetype size, qsizetype limit)
{
    if (size <= limit)
        return size;
    qsizetype end = qMax<qsizetype>(limit, 0);
    // Back over continuation bytes (10xxxxxx) to the start of the cut character.
    while (end > 0 && (uchar(utf8[end]) & 0xC0) == 0x80)
        --end;
    return end;
}

QString FieldLimit::sizeText(qint64 bytes)
{
    constexpr qint64 megabyte = 1024 * 1024;
    if (bytes >= megabyte)
        return tr("%1 MB").arg((bytes + megabyte / 2) / megabyte);
    return tr("%1 bytes").arg(bytes);
}

QString FieldLimit::warning(const QString &file, qint64 line, const QString &field,
    const QString &session, qint64 bytes, qsizetype limit)
{
    return ReadError { file, line, 0, -1,
        tr("the %1 of \"%2\" is %3; only its first %4 are kept")
            .arg(field, session, sizeText(bytes), sizeText(limit)) }
        .toString();
}

void FieldLimit::cut(
    ConferenceData &data, qsizetype limit, const QString &file, QStringList &warnings)
{
    for (Session &s : data.sessions) {
        const QString title = s.title.text(Language::English);
        const std::pair<const char *, QString *> texts[] = { { "title", &s.title.en },
            { "title", &s.title.zh }, { "subtitle", &s.subtitle.en },
            { "subtitle", &s.subtitle.zh }, { "abstract", &s.overview.en },
            { "abstract", &s.overview.zh }, { "description", &s.description.en },
            { "description", &s.description.zh }, { "room", &s.room } };
        for (const auto &[name, text] : texts) {
            // A character takes three bytes at most: shorter texts need no look.
            if (text->size() * 3 <= limit)
                continue;
            const QByteArray utf8 = text->toUtf8();
            if (utf8.size() <= limit)
                continue;
            *text = QString::fromUtf8(utf8.constData(), prefix(utf8.constData(), utf8.size(), limit));
            warnings.append(warning(file, 0, QLatin1String(name), title.left(80), utf8.size(), limit));
        }
    }
}

} // namespace planner
