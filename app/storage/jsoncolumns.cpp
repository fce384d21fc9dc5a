#include "jsoncolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planner::JsonColumns {

namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parse(const QString &json)
{
    // Most lists stored are empty (no key points, no topics): no parser needed.
    if (json.isEmpty() || json == QLatin1String("[]"))
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QJsonObject textObject(const LocalizedText &text)
{
    QJsonObject object;
    if (!text.zh.isEmpty())
        object.insert(QLatin1String("zh"), text.zh);
    if (!text.en.isEmpty())
        object.insert(QLatin1String("en"), text.en);
    return object;
}

// Appends `text` as a JSON string, escaped exactly as QJsonDocument's compact
// output escapes it (so stored revisions stay what they were): quote, backslash
// and control characters, and unpaired surrogates as \uXXXX in lower case.
void appendString(QString &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const auto escape = [&out](char16_t u) {
        out += QLatin1String("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out += QLatin1Char(hex[(u >> shift) & 0xf]);
    };
    // Characters that stay as they are go in by runs, not one call each.
    const auto plain
        = [](char16_t u) { return u >= 0x20 && u != u'"' && u != u'\\' && !QChar::isSurrogate(u); };
    out += u'"';
    const qsizetype size = text.size();
    const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = data[i];
        if (plain(u)) {
            qsizetype end = i + 1;
            while (end < size && plain(data[end]))
                ++end;
            out += QStringView(data + i, end - i);
            i = end - 1;
        } else if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += QChar(u);
        } else if (u < 0x20) {
            switch (u) {
            case u'\b':
                out += QLatin1String("\\b");
                break;
            case u'\f':
                out += QLatin1String("\\f");
                break;
            case u'\n':
                out += QLatin1String("\\n");
                break;
            case u'\r':
                out += QLatin1String("\\r");
                break;
            case u'\t':
                out += QLatin1String("\\t");
                break;
            default:
                escape(u);
            }
        } else if (QChar::isHighSurrogate(u) && i + 1 < size
            && QChar::isLowSurrogate(data[i + 1])) {
            out += QChar(u);
            out += QChar(data[++i]);
        } else {
            escape(u); // an unpaired surrogate
        }
    }
    out += u'"';
}

LocalizedText textFrom(const QJsonObject &object)
{
    return { object.value(QLatin1String("zh")).toString(),
        object.value(QLatin1String("en")).toString() };
}

// Most sessions have no topics and no key points: their "[]" needs no document.
const QString &emptyList()
{
    static const QString empty = QStringLiteral("[]");
    return empty;
}

} // namespace

QString fromTexts(const QList<LocalizedText> &texts)
{
    if (texts.isEmpty())
        return emptyList();
    QJsonArray array;
    for (const LocalizedText &text : texts)
        array.append(textObject(text));
    return compact(array);
}

QList<LocalizedText> toTexts(const QString &json)
{
    QList<LocalizedText> texts;
    for (const QJsonValue &value : parse(json))
        texts.append(textFrom(value.toObject()));
    return texts;
}

QString fromKeyPoints(const QList<KeyPoint> &points)
{
    if (points.isEmpty())
        return emptyList();
    QJsonArray array;
    for (const KeyPoint &point : points) {
        QJsonObject object { { QLatin1String("text"), textObject(point.text) } };
        if (!point.lead.isEmpty())
            object.insert(QLatin1String("lead"), textObject(point.lead));
        array.append(object);
    }
    return compact(array);
}

QList<KeyPoint> toKeyPoints(const QString &json)
{
    QList<KeyPoint> points;
    for (const QJsonValue &value : parse(json)) {
        const QJsonObject object = value.toObject();
        points.append({ textFrom(object.value(QLatin1String("lead")).toObject()),
            textFrom(object.value(QLatin1String("text")).toObject()) });
    }
    return points;
}

QString fromStrings(const QStringList &strings)
{
    // Written directly: JSON documents built for every session of an import
    // cost more than the rest of its values together.
    QString json(1, u'[');
    for (const QString &string : strings) {
        if (json.size() > 1)
            json += u',';
        appendString(json, string);
    }
    return json += u']';
}

QStringList toStrings(const QString &json)
{
    QStringList strings;
    for (const QJsonValue &value : parse(json))
        strings.append(value.toString());
    return strings;
}

QString fromLinks(const QList<Link> &links)
{
    // Keys in QJsonObject's order (sorted), as the stored revisions expect.
    qsizetype size = 2;
    for (const Link &link : links)
        size += link.title.size() + link.address.size() + 24; // the keys, quotes, commas
    QString json;
    json.reserve(size); // escapes aside, no growing on the way
    json += u'[';
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QLatin1String("{\"title\":");
        appendString(json, links.at(i).title);
        json += QLatin1String(",\"url\":");
        appendString(json, links.at(i).address);
        json += u'}';
    }
    return json += u']';
}

QList<Link> toLinks(const QString &json)
{
    QList<Link> links;
    for (const QJsonValue &value : parse(json)) {
        const QJsonObject object = value.toObject();
        // Stored as Link holds it.
        links.append({ object.value(QLatin1String("url")).toString(),
            object.value(QLatin1String("title")).toString() });
    }
    return links;
}

} // namespace planner::JsonColumns
