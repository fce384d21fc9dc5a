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

LocalizedText textFrom(const QJsonObject &object)
{
    return { object.value(QLatin1String("zh")).toString(),
        object.value(QLatin1String("en")).toString() };
}

} // namespace

QString fromTexts(const QList<LocalizedText> &texts)
{
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
    return compact(QJsonArray::fromStringList(strings));
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
    QJsonArray array;
    for (const Link &link : links)
        array.append(QJsonObject { { QLatin1String("url"), link.url.toString() },
            { QLatin1String("title"), link.title } });
    return compact(array);
}

QList<Link> toLinks(const QString &json)
{
    QList<Link> links;
    for (const QJsonValue &value : parse(json)) {
        const QJsonObject object = value.toObject();
        links.append({ QUrl(object.value(QLatin1String("url")).toString()),
            object.value(QLatin1String("title")).toString() });
    }
    return links;
}

} // namespace planner::JsonColumns
