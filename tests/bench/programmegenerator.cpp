// Writes a large, deterministic conference programme for the benchmarks: a
// Pentabarf schedule.xml or a c3voc schedule.json with N events spread over days,
// rooms and tracks, half of them in Traditional Chinese, with persons and links.
// The same arguments always give the same bytes (our own PRNG, no std
// distributions, whose output differs between standard libraries).
//
//   programme-generator [--events N] [--format xml|json] [--seed S] -o FILE

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QXmlStreamWriter>

#include <array>
#include <cstdint>

namespace {

// splitmix64: tiny, fast and identical everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    template <typename List> const auto &pick(const List &list)
    {
        return list[below(int(std::size(list)))];
    }

private:
    quint64 m_state;
};

const std::array<const char *, 24> englishWords = { "quantum", "kernel", "compiler", "distributed",
    "storage", "network", "graphics", "inference", "scheduler", "memory", "security", "database",
    "streaming", "robotics", "embedded", "accelerated", "open", "source", "community", "scaling",
    "latency", "pipeline", "rendering", "training" };
const std::array<const char *, 24> chineseWords = { "量子", "核心", "編譯器", "分散式", "儲存",
    "網路", "圖形", "推論", "排程", "記憶體", "資安", "資料庫", "串流", "機器人", "嵌入式", "加速",
    "開放", "原始碼", "社群", "擴展", "延遲", "管線", "渲染", "訓練" };
const std::array<const char *, 12> familyNames = { "Chen", "Lin", "Wang", "Smith", "Müller",
    "García", "Tanaka", "Kim", "Novak", "Rossi", "陳", "林" };
const std::array<const char *, 12> givenNames = { "Mei", "Wei", "Anna", "John", "Lukas", "Sofia",
    "Hiro", "Min", "Petra", "Luca", "怡君", "志明" };

struct Event
{
    int id = 0;
    QDate day;
    QString room;
    QTime start;
    int minutes = 30;
    QString track, title, subtitle, language, abstract, description;
    QStringList persons;
    QList<std::pair<QString, QString>> links; // url, title
};

QString phrase(Random &random, bool chinese, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts.append(
            QString::fromUtf8(chinese ? random.pick(chineseWords) : random.pick(englishWords)));
    return parts.join(chinese ? QString() : QStringLiteral(" "));
}

QString paragraph(Random &random, bool chinese, int sentences)
{
    QStringList parts;
    for (int i = 0; i < sentences; ++i) {
        QString sentence = phrase(random, chinese, 6 + random.below(10));
        if (!chinese)
            sentence[0] = sentence[0].toUpper();
        parts.append(sentence + (chinese ? QStringLiteral("。") : QStringLiteral(".")));
    }
    return parts.join(chinese ? QString() : QStringLiteral(" "));
}

// Rooms hold 20 half-hour slots a day from 09:00; tracks hold about 400 events.
QList<Event> generate(int count, quint64 seed, QStringList *tracks, QStringList *rooms)
{
    Random random(seed);
    const int days = 4;
    const int slotsPerDay = 20;
    const int roomCount = qMax(1, (count + days * slotsPerDay - 1) / (days * slotsPerDay));
    const int trackCount = qMax(1, count / 400);
    for (int t = 0; t < trackCount; ++t)
        tracks->append(t % 2 ? QStringLiteral("%1 %2").arg(phrase(random, false, 2)).arg(t)
                             : QStringLiteral("%1 %2").arg(phrase(random, true, 2)).arg(t));
    for (int r = 0; r < roomCount; ++r)
        rooms->append(
            QStringLiteral("R%1.%2").arg(r / 100 + 1).arg(r % 100, 2, 10, QLatin1Char('0')));
    QList<Event> events;
    events.reserve(count);
    const QDate firstDay(2030, 3, 4);
    for (int i = 0; i < count; ++i) {
        Event e;
        e.id = 100000 + i;
        const int slot = i % slotsPerDay;
        const int roomIndex = (i / slotsPerDay) % roomCount;
        e.day = firstDay.addDays((i / (slotsPerDay * roomCount)) % days);
        e.room = rooms->at(roomIndex);
        e.start = QTime(9, 0).addSecs(slot * 30 * 60);
        e.minutes = 25 + 5 * random.below(2);
        e.track = tracks->at((roomIndex * 7 + slot / 5) % trackCount);
        const bool chinese = random.below(2) == 0;
        e.language = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        e.title = phrase(random, chinese, 3 + random.below(4));
        if (random.below(3) == 0)
            e.subtitle = phrase(random, chinese, 4);
        e.abstract
            = QStringLiteral("<p>%1</p>").arg(paragraph(random, chinese, 2 + random.below(3)));
        e.description = QStringLiteral("<p>%1</p><ul><li>%2</li><li>%3</li></ul>")
                            .arg(paragraph(random, chinese, 3), phrase(random, chinese, 5),
                                phrase(random, chinese, 5));
        const int personCount = 1 + random.below(3);
        for (int p = 0; p < personCount; ++p)
            e.persons.append(QString::fromUtf8(random.pick(givenNames)) + u' '
                + QString::fromUtf8(random.pick(familyNames)));
        e.links.append({ QStringLiteral("https://example.org/2030/%1.mp4").arg(e.id),
            QStringLiteral("Video recording") });
        if (random.below(2))
            e.links.append({ QStringLiteral("https://example.org/slides/%1.pdf").arg(e.id),
                QStringLiteral("Slides") });
        events.append(e);
    }
    return events;
}

QString duration(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QByteArray toXml(const QList<Event> &events)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("schedule"));
    xml.writeStartElement(QStringLiteral("conference"));
    xml.writeTextElement(QStringLiteral("acronym"), QStringLiteral("bench%1").arg(events.size()));
    xml.writeTextElement(QStringLiteral("title"),
        QStringLiteral("Benchmark Conference %1 基準大會").arg(events.size()));
    xml.writeTextElement(QStringLiteral("venue"), QStringLiteral("Taipei Expo 台北展覽館"));
    xml.writeTextElement(QStringLiteral("city"), QStringLiteral("Taipei"));
    xml.writeTextElement(QStringLiteral("start"), QStringLiteral("2030-03-04"));
    xml.writeTextElement(QStringLiteral("end"), QStringLiteral("2030-03-07"));
    xml.writeTextElement(QStringLiteral("time_zone_name"), QStringLiteral("Asia/Taipei"));
    xml.writeEndElement();
    int i = 0;
    while (i < events.size()) {
        const QDate day = events.at(i).day;
        xml.writeStartElement(QStringLiteral("day"));
        xml.writeAttribute(QStringLiteral("date"), day.toString(Qt::ISODate));
        while (i < events.size() && events.at(i).day == day) {
            const QString room = events.at(i).room;
            xml.writeStartElement(QStringLiteral("room"));
            xml.writeAttribute(QStringLiteral("name"), room);
            for (; i < events.size() && events.at(i).day == day && events.at(i).room == room; ++i) {
                const Event &e = events.at(i);
                xml.writeStartElement(QStringLiteral("event"));
                xml.writeAttribute(QStringLiteral("id"), QString::number(e.id));
                xml.writeTextElement(
                    QStringLiteral("start"), e.start.toString(QStringLiteral("HH:mm")));
                xml.writeTextElement(QStringLiteral("duration"), duration(e.minutes));
                xml.writeTextElement(QStringLiteral("room"), e.room);
                xml.writeTextElement(QStringLiteral("title"), e.title);
                xml.writeTextElement(QStringLiteral("subtitle"), e.subtitle);
                xml.writeTextElement(QStringLiteral("track"), e.track);
                xml.writeTextElement(QStringLiteral("type"), QStringLiteral("talk"));
                xml.writeTextElement(QStringLiteral("language"), e.language);
                xml.writeTextElement(QStringLiteral("abstract"), e.abstract);
                xml.writeTextElement(QStringLiteral("description"), e.description);
                xml.writeStartElement(QStringLiteral("persons"));
                for (const QString &person : e.persons)
                    xml.writeTextElement(QStringLiteral("person"), person);
                xml.writeEndElement();
                xml.writeStartElement(QStringLiteral("links"));
                for (const auto &[url, title] : e.links) {
                    xml.writeStartElement(QStringLiteral("link"));
                    xml.writeAttribute(QStringLiteral("href"), url);
                    xml.writeCharacters(title);
                    xml.writeEndElement();
                }
                xml.writeEndElement(); // links
                xml.writeEndElement(); // event
            }
            xml.writeEndElement(); // room
        }
        xml.writeEndElement(); // day
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray toJson(const QList<Event> &events, const QStringList &rooms)
{
    QJsonArray days;
    int i = 0;
    while (i < events.size()) {
        const QDate day = events.at(i).day;
        QJsonObject byRoom;
        for (; i < events.size() && events.at(i).day == day; ++i) {
            const Event &e = events.at(i);
            QJsonArray persons, links;
            for (const QString &person : e.persons)
                persons.append(QJsonObject { { QStringLiteral("public_name"), person } });
            for (const auto &[url, title] : e.links)
                links.append(QJsonObject {
                    { QStringLiteral("url"), url }, { QStringLiteral("title"), title } });
            const QDateTime start(e.day, e.start, Qt::OffsetFromUTC, 8 * 3600);
            QJsonArray list = byRoom.value(e.room).toArray();
            list.append(QJsonObject { { QStringLiteral("guid"),
                                          QStringLiteral("00000000-0000-4000-8000-%1")
                                              .arg(e.id, 12, 10, QLatin1Char('0')) },
                { QStringLiteral("id"), e.id },
                { QStringLiteral("date"), start.toString(Qt::ISODate) },
                { QStringLiteral("start"), e.start.toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("duration"), duration(e.minutes) },
                { QStringLiteral("room"), e.room }, { QStringLiteral("title"), e.title },
                { QStringLiteral("subtitle"), e.subtitle }, { QStringLiteral("track"), e.track },
                { QStringLiteral("type"), QStringLiteral("talk") },
                { QStringLiteral("language"), e.language },
                { QStringLiteral("abstract"), e.abstract },
                { QStringLiteral("description"), e.description },
                { QStringLiteral("persons"), persons }, { QStringLiteral("links"), links } });
            byRoom.insert(e.room, list);
        }
        days.append(QJsonObject { { QStringLiteral("index"), days.size() + 1 },
            { QStringLiteral("date"), day.toString(Qt::ISODate) },
            { QStringLiteral("rooms"), byRoom } });
    }
    QJsonArray roomList;
    for (const QString &room : rooms)
        roomList.append(QJsonObject { { QStringLiteral("name"), room } });
    const QJsonObject conference { { QStringLiteral("acronym"),
                                       QStringLiteral("bench%1").arg(events.size()) },
        { QStringLiteral("title"),
            QStringLiteral("Benchmark Conference %1 基準大會").arg(events.size()) },
        { QStringLiteral("start"), QStringLiteral("2030-03-04") },
        { QStringLiteral("end"), QStringLiteral("2030-03-07") },
        { QStringLiteral("time_zone_name"), QStringLiteral("Asia/Taipei") },
        { QStringLiteral("rooms"), roomList }, { QStringLiteral("days"), days } };
    return QJsonDocument(QJsonObject { { QStringLiteral("schedule"),
                             QJsonObject { { QStringLiteral("version"), QStringLiteral("bench") },
                                 { QStringLiteral("conference"), conference } } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a deterministic benchmark programme."));
    parser.addHelpOption();
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("How many events."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("xml or json."),
        QStringLiteral("FORMAT"), QStringLiteral("xml"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("PRNG seed."),
        QStringLiteral("S"), QStringLiteral("2030"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("File to write."), QStringLiteral("FILE"));
    parser.addOptions({ events, format, seed, output });
    parser.process(app);
    QTextStream err(stderr);
    bool ok = false;
    const int count = parser.value(events).toInt(&ok);
    const QString kind = parser.value(format);
    if (!ok || count < 1 || !parser.isSet(output)
        || (kind != QLatin1String("xml") && kind != QLatin1String("json"))) {
        err << "usage: programme-generator [--events N] [--format xml|json] [--seed S] -o FILE\n";
        return 2;
    }
    QStringList tracks, rooms;
    const QList<Event> list = generate(count, parser.value(seed).toULongLong(), &tracks, &rooms);
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(kind == QLatin1String("xml") ? toXml(list) : toJson(list, rooms)) < 0
        || !file.commit()) {
        err << "programme-generator: cannot write " << parser.value(output) << '\n';
        return 1;
    }
    return 0;
}
