#include "fieldlimit.h"

#include "readresult.h"

#include <algorithm>

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

namespace {

// The length of the JSON escape or UTF-8 character at `at`, which is inside a string.
qsizetype unitAt(const QByteArray &json, qsizetype at)
{
    const uchar c = uchar(json.at(at));
    if (c == '\\')
        return at + 1 < json.size() && json.at(at + 1) == 'u' ? 6 : 2;
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

} // namespace

QByteArray FieldLimit::cutJsonStrings(
    const QByteArray &json, qsizetype limit, const QString &file, QStringList &warnings)
{
    // No string can be longer than the file: most files need no look.
    if (json.size() <= limit)
        return json;
    QByteArray out;
    qsizetype copied = 0; // of `json`, to `out`
    qint64 line = 1;
    qsizetype counted = 0; // where `line` was counted to
    // Of the objects entered, innermost last: their "title", and the key they are
    // the value of ("abstract" of {"en": "…"}).
    QList<QByteArray> titles { QByteArray() }, objectKeys { QByteArray() };
    QByteArray key, previous; // the last key, and the last short string
    bool value = false; // the next string is the value of `key`
    for (qsizetype at = 0; at < json.size(); ++at) {
        const char c = json.at(at);
        if (c == '{' || c == '}') {
            if (c == '{') {
                titles.append(QByteArray());
                objectKeys.append(value ? key : QByteArray());
            } else if (titles.size() > 1) {
                titles.removeLast();
                objectKeys.removeLast();
            }
            value = false;
        } else if (c == ':') {
            key = previous;
            value = true;
        } else if (c == ',' || c == '[') {
            value = false;
        } else if (c == '"') {
            const qsizetype from = at + 1;
            qsizetype end = from;
            qsizetype kept = -1; // where the string is cut, when it is
            while (end < json.size() && json.at(end) != '"') {
                const qsizetype next = qMin(end + unitAt(json, end), json.size());
                if (kept < 0 && next - from > limit)
                    kept = end;
                end = next;
            }
            if (kept >= 0) {
                line += std::count(json.constData() + counted, json.constData() + from, '\n');
                counted = from;
                out += QByteArrayView(json).sliced(copied, kept - copied);
                copied = end;
                const QByteArray field = !value ? QByteArray("text")
                    : objectKeys.last().isEmpty()   ? key
                                                    : objectKeys.last() + '.' + key;
                const auto titled = std::find_if(titles.crbegin(), titles.crend(),
                    [](const QByteArray &title) { return !title.isEmpty(); });
                warnings.append(warning(file, line, QString::fromUtf8(field),
                    titled == titles.crend() ? QString() : QString::fromUtf8(*titled).left(80),
                    end - from, limit));
            } else if (end - from <= 200) {
                previous = json.mid(from, end - from);
                if (value && key == "title")
                    titles.last() = previous;
            }
            value = false;
            at = end;
        }
    }
    if (copied == 0)
        return json;
    out += QByteArrayView(json).sliced(copied);
    return out;
}

} // namespace planner
