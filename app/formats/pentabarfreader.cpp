#include "pentabarfreader.h"

#include "batchheap.h"
#include "frabtime.h"
#include "htmltext.h"
#include "programmebuilder.h"
#include "sessionstream.h"
#include "slug.h"

#include <QFileInfo>
#include <QIODevice>
#include <QStringDecoder>

#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <expat.h>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace planner {

namespace {

// Between a namespace URI and the local name in the names expat reports. XML
// text cannot hold this character, so no URI contains it.
constexpr char namespaceSeparator = '\x01';

// The name without its namespace, which the format does not use.
const char *localName(const char *name)
{
    const char *separator = std::strrchr(name, namespaceSeparator);
    return separator ? separator + 1 : name;
}

bool is(const char *name, const char *expected)
{
    return std::strcmp(name, expected) == 0;
}

// The value of an unprefixed attribute, or nullptr.
const char *attribute(const char **attributes, const char *name)
{
    for (; *attributes; attributes += 2) {
        if (is(attributes[0], name))
            return attributes[1];
    }
    return nullptr;
}

QString attributeText(const char **attributes, const char *name)
{
    return QString::fromUtf8(attribute(attributes, name));
}

// A character of a declared encoding, from its bytes: one, or two for a
// multi-byte character; -1 when they are not one. The decoder is the parser's
// own (info->data). Its error flag outlives resetState(), so only what comes
// out is looked at: a replacement character is an error.
int decodeCharacter(QStringDecoder &decoder, QByteArrayView bytes)
{
    decoder.resetState();
    const QString decoded = decoder.decode(bytes);
    const bool one = decoded.size() == 1 && !decoded.at(0).isSurrogate()
        && decoded.at(0) != QChar::ReplacementCharacter;
    return one ? decoded.at(0).unicode() : -1;
}

int XMLCALL decodeDoubleByte(void *decoder, const char *bytes)
{
    return decodeCharacter(*static_cast<QStringDecoder *>(decoder), QByteArrayView(bytes, 2));
}

// expat knows UTF-8, UTF-16, ISO-8859-1 and ASCII; other encodings a file
// declares (windows-1252, Big5, Shift_JIS...) go through Qt's converters: a byte
// that is a character on its own is mapped once, one that begins a character
// is taken with the byte after it. Longer sequences (GB18030's four bytes) are
// refused as incorrectly encoded.
int XMLCALL unknownEncoding(void *, const XML_Char *name, XML_Encoding *info)
{
    auto decoder = std::make_unique<QStringDecoder>(name);
    if (!decoder->isValid())
        return XML_STATUS_ERROR;
    for (int byte = 0; byte < 256; ++byte) {
        const char c = char(byte);
        const int code = decodeCharacter(*decoder, QByteArrayView(&c, 1));
        // Nothing out yet: the first byte of a longer character.
        decoder->resetState();
        const bool starts = code < 0 && QString(decoder->decode(QByteArrayView(&c, 1))).isEmpty();
        info->map[byte] = starts ? -2 : code;
    }
    info->data = decoder.release();
    info->convert = decodeDoubleByte;
    info->release = [](void *data) { delete static_cast<QStringDecoder *>(data); };
    return XML_STATUS_OK;
}

// Where UTF-8 text ends, as a message gives it: the line (CR, LF and CR LF each
// end one) and the 1-based column in UTF-16 code units, as QString columns.
// Given the text piece by piece.
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
    bool afterCarriageReturn = false;

    void advance(const char *data, qint64 size)
    {
        for (qint64 i = 0; i < size; ++i) {
            const auto c = static_cast<unsigned char>(data[i]);
            const bool lineFeedOfPair = c == '\n' && afterCarriageReturn;
            afterCarriageReturn = c == '\r';
            if (lineFeedOfPair)
                continue;
            if (c == '\n' || c == '\r') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                column += c >= 0xF0 ? 2 : 1; // two past U+FFFF
            }
        }
    }
};

} // namespace

// The texts of an event as read, turned into those of a session while the
// rest of the file is read: from UTF-8, HTML to text, addresses to URLs. They
// share no data with what the reader keeps, so the thread converting them
// and the one reading on never touch the same reference count. All of them
// lie in one buffer: a block for each text cost the reader a dozen
// allocations an event, each freed by the other thread.
struct PentabarfReader::PendingEvent
{
    // A text in `texts`.
    struct Span
    {
        std::size_t from = 0, size = 0;
    };
    enum Text { Title, Subtitle, Type, Language, Abstract, Description, TextCount };
    // Enough for most events' texts at once (FOSDEM's: 1.6 KB on average).
    static constexpr std::size_t expectedSize = 2048;

    std::string texts; // UTF-8
    Span text[TextCount];
    std::vector<Span> persons;
    std::vector<std::pair<Span, Span>> links; // address and title

    Span add(const char *utf8, std::size_t size)
    {
        if (texts.capacity() == 0)
            texts.reserve(expectedSize);
        const Span span { texts.size(), size };
        texts.append(utf8, size);
        return span;
    }
    QString string(Span span) const
    {
        return QString::fromUtf8(texts.data() + span.from, qsizetype(span.size));
    }
};

// What the reader keeps of an event: its times, turned into the session's once
// the file's zone is known, its room, and what the builder keys the session by.
struct PentabarfReader::EventSlot
{
    QString room; // of <room name>, unless the event names its own
    ProgrammeBuilder::Ids ids;
    QString track;
    FrabTime::Slot slot;
    QTime dayChange;
};

// Converts events in batches as the parse hands them over: on a second core
// for a large programme, so the conversion overlaps the parse, and on both
// once the parse is done. Sessions come out in file order.
//
// Streaming (see SessionStream), converted batches are finished at once
// (times, rooms, keys), in file order, by whichever thread converted the next
// one due; under the conference and the zone the reader assumed when the first
// event ended. The reader spoils the stream when the rest of the file changes
// either.
struct PentabarfReader::Conversion
{
    struct Batch
    {
        std::vector<PendingEvent> events;
        std::vector<EventSlot> eventSlots; // streaming only: the events' slots
        QList<Session> sessions;
        std::size_t index = 0; // in file order
    };
    // Small batches, and the second core started early: the conversion costs
    // most of what the parse does, so a second core that starts late, or a last
    // batch that is large, is still converting after the parse has ended.
    static constexpr std::size_t batchSize = 16;
    static constexpr qsizetype workerFrom = 64; // events; below, one thread converts
    static constexpr qsizetype parallelFrom = 256; // events; below, one thread sets the times

    std::vector<std::unique_ptr<Batch>> batches; // handed over, in file order
    std::unique_ptr<Batch> filling = std::make_unique<Batch>();
    qsizetype count = 0;
    std::mutex mutex;
    std::condition_variable handedOver;
    std::deque<Batch *> waiting; // handed over, not yet taken
    bool closed = false;
    std::thread worker;
    // Streaming: the assumptions, and the sessions finished under them.
    SessionStream *stream = nullptr;
    std::optional<Conference> assumed;
    std::atomic<bool> spoiled { false };
    // Batches converted but not finished, and the one to finish next; while
    // `finishing`, one thread finishes them, and the builder and the zone are
    // that thread's.
    std::mutex order;
    std::map<std::size_t, Batch *> converted;
    std::size_t nextToFinish = 0;
    bool finishing = false;
    std::optional<ProgrammeBuilder> builder;
    std::optional<QTimeZone> zone;

    ~Conversion()
    {
        {
            const std::lock_guard<std::mutex> lock(mutex);
            waiting.clear(); // a file that failed: no one needs the sessions
            closed = true;
        }
        handedOver.notify_all();
        if (worker.joinable())
            worker.join();
    }
    bool streaming() const { return assumed.has_value(); }
    void beginStream(SessionStream *to, const Conference &conference)
    {
        stream = to;
        assumed = conference;
        builder.emplace(conference);
        stream->begin(conference);
    }
    void add(PendingEvent &&event, const EventSlot &slot)
    {
        filling->events.push_back(std::move(event));
        if (streaming())
            filling->eventSlots.push_back(slot);
        ++count;
        if (filling->events.size() == batchSize)
            handOver();
    }
    void handOver()
    {
        Batch *batch = filling.get();
        batch->index = batches.size();
        batches.push_back(std::move(filling));
        filling = std::make_unique<Batch>();
        {
            const std::lock_guard<std::mutex> lock(mutex);
            waiting.push_back(batch);
        }
        handedOver.notify_one();
        if (!worker.joinable() && (count >= workerFrom || streaming()))
            worker = std::thread([this] {
                BatchHeap::grow(BatchHeap::importGrowth);
                work();
            });
    }
    Batch *take()
    {
        std::unique_lock<std::mutex> lock(mutex);
        handedOver.wait(lock, [this] { return closed || !waiting.empty(); });
        if (waiting.empty())
            return nullptr;
        Batch *batch = waiting.front();
        waiting.pop_front();
        return batch;
    }
    void work()
    {
        while (Batch *batch = take()) {
            convert(*batch);
            if (streaming())
                finishInOrder(batch);
        }
    }
    // Finishes `batch` and those after it already converted, unless another
    // thread is at it, which then takes them too.
    void finishInOrder(Batch *batch)
    {
        std::unique_lock<std::mutex> lock(order);
        converted.emplace(batch->index, batch);
        if (finishing)
            return;
        finishing = true;
        while (!converted.empty() && converted.begin()->first == nextToFinish) {
            Batch *next = converted.begin()->second;
            converted.erase(converted.begin());
            ++nextToFinish;
            lock.unlock();
            finishSessions(*next);
            lock.lock();
        }
        finishing = false;
    }
    static void convert(Batch &batch)
    {
        batch.sessions.reserve(qsizetype(batch.events.size()));
        for (const PendingEvent &event : batch.events)
            batch.sessions.append(sessionOf(event));
        batch.events = {};
    }
    // As assemble() finishes them; handed to the stream unless spoiled.
    void finishSessions(Batch &batch)
    {
        if (!zone)
            zone.emplace(assumed->timeZone.toUtf8());
        QList<Session> finished;
        finished.reserve(batch.sessions.size());
        for (qsizetype i = 0; i < batch.sessions.size(); ++i) {
            Session &session = batch.sessions[i];
            const EventSlot &event = batch.eventSlots[std::size_t(i)];
            session.time = FrabTime::sessionTime(event.slot, *zone, event.dayChange);
            session.room = event.room.trimmed();
            finished.append(builder->addSession(std::move(session), event.track, event.ids));
        }
        batch = Batch();
        if (!spoiled.load())
            stream->append(std::move(finished));
    }
    // The sessions of all events, once the parse is done; none when streaming:
    // they are the builder's.
    QList<Session> finish()
    {
        if (!filling->events.empty())
            handOver();
        {
            const std::lock_guard<std::mutex> lock(mutex);
            closed = true;
        }
        handedOver.notify_all();
        work(); // alongside the worker, if there is one
        if (worker.joinable())
            worker.join();
        QList<Session> sessions;
        sessions.reserve(count);
        for (const std::unique_ptr<Batch> &batch : batches) {
            for (Session &session : batch->sessions)
                sessions.append(std::move(session));
        }
        batches.clear();
        return sessions;
    }
};

// The elements whose text is read; the text of one is that of all it holds.
enum class PentabarfReader::Field {
    None, // an element skipped with all it holds
    Acronym,
    ConferenceTitle,
    Venue,
    City,
    StartDate,
    EndDate,
    DayChange,
    Url,
    TimeZoneName,
    // Kept as UTF-8 for the conversion (see endEventText), in PendingEvent's order:
    Title,
    Subtitle,
    Type,
    Language,
    Abstract,
    Description,
    EventUrl,
    Person,
    LinkTitle,
    // Read at once:
    Track,
    Room,
    Start,
    Duration,
    Date,
};

Session PentabarfReader::sessionOf(const PendingEvent &event)
{
    using Text = PendingEvent::Text;
    const auto text = [&event](Text t) { return event.string(event.text[t]); };
    const QString language = text(Text::Language);
    Session s;
    s.title = ProgrammeBuilder::localized(text(Text::Title).simplified(), language);
    s.subtitle = ProgrammeBuilder::localized(text(Text::Subtitle).simplified(), language);
    s.overview = ProgrammeBuilder::localized(HtmlText::toPlainText(text(Text::Abstract)), language);
    s.description
        = ProgrammeBuilder::localized(HtmlText::toPlainText(text(Text::Description)), language);
    for (const PendingEvent::Span person : event.persons) {
        if (QString name = event.string(person).simplified(); !name.isEmpty())
            s.speakers.append(std::move(name));
    }
    for (const auto &[address, title] : event.links) {
        // Some programmes write the address as the element's text, with no href.
        const bool inText = address.size == 0;
        const QString written = event.string(inText ? title : address).trimmed();
        if (inText && !Link::looksLikeAddress(written))
            continue; // a title with no address
        if (QString url = Link::addressOf(written); !url.isEmpty())
            s.links.append(
                { std::move(url), inText ? QString() : event.string(title).simplified() });
    }
    s.language = language.trimmed();
    s.type = text(Text::Type).trimmed();
    return s;
}

struct PentabarfReader::Context
{
    // The levels of the format; deeper elements are skipped or read as text.
    enum class Level { Document, Schedule, Conference, Day, Room, Event, Persons, Links };

    XML_Parser parser = nullptr;
    // What is parsed, for messages: all of it in memory, or the file it is read from.
    const QByteArray *bytes = nullptr;
    QIODevice *file = nullptr;
    qint64 fileStart = 0; // where the parse began in `file`
    quint64 callbacks = 0; // of expat's, to tell a piece of the file that ended inside a token
    QString fileName;
    QString defaultTimeZone; // PentabarfReader's
    SessionStream *stream = nullptr; // where finished sessions go as they are read, if anywhere
    Conference conference;
    QString acronym;
    QTime dayChange; // from <conference>; invalid when not given
    QTimeZone offsetZone; // of the first zoned date, for files without a zone name
    QList<EventSlot> eventSlots;
    Conversion conversion; // of the events of `eventSlots`, in the same order
    std::optional<ReadError> error;
    bool finished = false; // </schedule> seen; what follows is not read

    Level levels[8] = { Level::Document };
    int level = 0; // index into levels
    int depth = 0; // inside the element skipped or read as text, 0 when none
    Field field = Field::None;
    std::string text; // of `field`, as UTF-8, at most `fieldLimit` bytes of it
    std::size_t textBytes = 0; // of `field` as written
    std::size_t fieldLimit = FieldLimit::defaultBytes;
    std::vector<std::pair<Field, std::size_t>> cuts; // of the event being read
    QStringList warnings;
    qint64 fieldOffset = 0; // just after the start tag of `field`, for messages

    QDate day; // of the <day> being read
    QDateTime dayStart;
    QString roomName;
    PendingEvent event; // being read, and its slot:
    EventSlot eventSlot;
    PendingEvent::Span linkAddress; // of the <link> being read

    Level current() const { return levels[level]; }
    void enter(Level next) { levels[++level] = next; }
    void skip() { read(Field::None); }
    void read(Field f)
    {
        field = f;
        depth = 1;
        text.clear();
        textBytes = 0;
    }
    qint64 endOfTag() const
    {
        return XML_GetCurrentByteIndex(parser) + XML_GetCurrentByteCount(parser);
    }
    void stop() { XML_StopParser(parser, XML_FALSE); }
    bool failAt(qint64 line, qint64 column, const QString &message)
    {
        error = ReadError { fileName, line, column, -1, message };
        stop();
        return false;
    }
    // The line and the 1-based column of a byte offset in a UTF-8 file; only
    // needed for a message, so found by reading from the start (again, when the
    // file was read piece by piece).
    bool failAtOffset(qint64 offset, const QString &message)
    {
        TextPosition position;
        if (bytes) {
            position.advance(bytes->constData(), std::min<qint64>(offset, bytes->size()));
        } else if (file && file->seek(fileStart)) {
            char piece[16 * 1024];
            for (qint64 left = offset, got = 0; left > 0; left -= got) {
                if ((got = file->read(piece, std::min<qint64>(left, sizeof piece))) <= 0)
                    break;
                position.advance(piece, got);
            }
        }
        return failAt(position.line, position.column, message);
    }
    void noteZone(const QDateTime &zoned)
    {
        if (offsetZone.isValid() || !zoned.isValid())
            return;
        offsetZone = FrabTime::zoneFromOffsetOf(zoned);
        if (conversion.streaming()
            && QString::fromUtf8(zoneOf(*this).id()) != conversion.assumed->timeZone)
            conversion.spoiled = true;
    }
};

// The zone: named by the file, else the offset its dates are written in, else
// the default (see fallbackTimeZone()).
QTimeZone PentabarfReader::zoneOf(const Context &context)
{
    QTimeZone zone = ProgrammeBuilder::timeZone(context.conference.timeZone);
    if (!zone.isValid())
        zone = context.offsetZone.isValid() ? context.offsetZone
                                            : ProgrammeBuilder::timeZone(context.defaultTimeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

// The conference as its sessions are keyed and timed in `zone`, from what has
// been read.
Conference PentabarfReader::conferenceOf(const Context &context, const QTimeZone &zone)
{
    Conference conference = context.conference;
    conference.timeZone = QString::fromUtf8(zone.id());
    conference.key = ProgrammeBuilder::conferenceKey(
        context.acronym, conference.title.text(Language::English));
    if (conference.key.isEmpty())
        conference.key = slugify(QFileInfo(context.fileName).completeBaseName());
    return conference;
}

PentabarfReader::PentabarfReader(QString defaultTimeZone)
    : m_defaultTimeZone(std::move(defaultTimeZone))
{
}

PentabarfReader::Parser PentabarfReader::createParser(Context &context)
{
    Parser parser(XML_ParserCreateNS(nullptr, namespaceSeparator), &XML_ParserFree);
    if (!parser)
        throw std::bad_alloc();
    context.parser = parser.get();
    XML_SetUserData(context.parser, &context);
    XML_SetElementHandler(context.parser, startElement, endElement);
    XML_SetCharacterDataHandler(context.parser, characters);
    XML_SetUnknownEncodingHandler(context.parser, unknownEncoding, nullptr);
    // No programme needs an entity: a declaration stops the parse before any
    // use, so nothing is ever expanded; external entities and parameter
    // entities are never loaded (no handler for them is set). expat's own
    // protection against entity amplification stays on as a second guard.
    XML_SetEntityDeclHandler(context.parser, entityDeclaration);
    XML_SetParamEntityParsing(context.parser, XML_PARAM_ENTITY_PARSING_NEVER);
    return parser;
}

// After a call of XML_Parse or XML_ParseBuffer: the error to report, if any.
bool PentabarfReader::parsed(Context &context, int status)
{
    if (context.error)
        return false;
    if (status != XML_STATUS_OK && !context.finished) {
        const XML_Error code = XML_GetErrorCode(context.parser);
        context.failAt(XML_GetCurrentLineNumber(context.parser),
            XML_GetCurrentColumnNumber(context.parser) + 1, parserError(context, code));
        return false;
    }
    return true;
}

ReadResult PentabarfReader::read(const QByteArray &bytes, const QString &fileName) const
{
    Context context;
    context.fileName = fileName;
    context.defaultTimeZone = m_defaultTimeZone;
    context.fieldLimit = std::size_t(qMax<qsizetype>(m_fieldLimit, 0));
    context.bytes = &bytes;
    Parser parser = createParser(context);
    // XML_Parse takes an int; programmes are far smaller, but go in pieces.
    // Not smaller ones: expat scans a token cut at a piece's end again from its
    // start with each piece, so a file with one huge token took quadratic time
    // (a 16 MB attribute: 2.4 s in pieces of 64 KB, 0.5 s whole).
    constexpr qsizetype piece = 1 << 30;
    for (qsizetype from = 0; !context.finished;) {
        const qsizetype length = std::min(bytes.size() - from, piece);
        const bool last = from + length == bytes.size();
        const XML_Status status
            = XML_Parse(context.parser, bytes.constData() + from, static_cast<int>(length), last);
        if (!parsed(context, status))
            return ReadResult::failure(*context.error);
        from += length;
        if (last)
            break;
    }
    ReadResult result = ReadResult::success(assemble(context, std::move(parser)));
    result.warnings = std::move(context.warnings);
    return result;
}

// XML_Parse copies what it is given into a buffer of its own; a file read
// into that buffer is parsed where it lies, a piece at a time. Read whole
// first, a large file costs its size again in memory and a wait before the
// first event is parsed, while the store waits; in pieces the buffer stays in
// the processor's cache and the store starts at once.
ReadResult PentabarfReader::readFile(
    QIODevice &file, const QString &fileName, SessionStream *stream) const
{
    Context context;
    context.fileName = fileName;
    context.defaultTimeZone = m_defaultTimeZone;
    context.fieldLimit = std::size_t(qMax<qsizetype>(m_fieldLimit, 0));
    context.stream = stream;
    context.file = &file;
    Parser parser = createParser(context);
    // expat scans a token cut at a piece's end again from its start with each
    // piece: when a piece ends inside one (nothing was reported from it), the
    // next is twice as large, so that a huge token (a 16 MB attribute) is
    // scanned about twice, not once per piece.
    constexpr qint64 firstPiece = 256 * 1024;
    qint64 piece = firstPiece;
    for (;;) {
        char *const buffer = static_cast<char *>(XML_GetBuffer(context.parser, int(piece)));
        if (!buffer)
            throw std::bad_alloc();
        // A file that grows meanwhile is read on; one that shrinks, as far as it goes.
        const qint64 got = std::max<qint64>(file.read(buffer, piece), 0);
        const quint64 before = context.callbacks;
        if (!parsed(context, XML_ParseBuffer(context.parser, int(got), got == 0)))
            return ReadResult::failure(*context.error);
        if (got == 0 || context.finished)
            break;
        if (context.callbacks == before && piece < std::numeric_limits<int>::max() / 2)
            piece *= 2;
    }
    ReadResult result = ReadResult::success(assemble(context, std::move(parser)));
    result.warnings = std::move(context.warnings);
    return result;
}

// Why expat stopped, in the user's language where the cause is a common one.
QString PentabarfReader::parserError(const Context &context, int code)
{
    if (context.current() == Context::Level::Document && code == XML_ERROR_NO_ELEMENTS)
        return tr("expected a <schedule> element");
    QString reason;
    switch (code) {
    case XML_ERROR_INVALID_TOKEN: {
        // The byte at fault, in the parser's buffer whichever way it was filled.
        int at = 0, size = 0;
        const char *buffer = XML_GetInputContext(context.parser, &at, &size);
        const char c = buffer && at >= 0 && at < size ? buffer[at] : ' ';
        reason = c == '\0' ? tr("a NUL byte; a schedule.xml file is text")
            : (static_cast<unsigned char>(c) & 0x80)
            ? tr("incorrectly encoded content: not UTF-8, nor the encoding the file declares")
            : tr("a character or markup XML does not allow here");
        break;
    }
    case XML_ERROR_INCORRECT_ENCODING:
        reason = tr("incorrectly encoded content: not UTF-8, nor the encoding the file declares");
        break;
    case XML_ERROR_NO_ELEMENTS:
    case XML_ERROR_UNCLOSED_TOKEN:
    case XML_ERROR_PARTIAL_CHAR: // the last character cut short
    case XML_ERROR_UNCLOSED_CDATA_SECTION:
        reason = tr("the file ends before its elements are closed");
        break;
    case XML_ERROR_TAG_MISMATCH:
        reason = tr("an end tag does not match the element it closes");
        break;
    case XML_ERROR_SYNTAX:
        reason = tr("syntax error");
        break;
    case XML_ERROR_DUPLICATE_ATTRIBUTE:
        reason = tr("an attribute is given twice");
        break;
    case XML_ERROR_UNDEFINED_ENTITY:
        reason = tr("a reference to an undeclared entity");
        break;
    case XML_ERROR_UNBOUND_PREFIX:
        reason = tr("a namespace prefix that is not declared");
        break;
    case XML_ERROR_UNKNOWN_ENCODING:
        reason = tr("an encoding that is not supported; save the file as UTF-8");
        break;
    default: // rare causes, in expat's English
        reason = QString::fromUtf8(XML_ErrorString(static_cast<XML_Error>(code)));
        break;
    }
    return tr("not well-formed XML: %1").arg(reason);
}

void PentabarfReader::entityDeclaration(void *data, const char *, int, const char *, int,
    const char *, const char *, const char *, const char *)
{
    auto &context = *static_cast<Context *>(data);
    context.failAt(XML_GetCurrentLineNumber(context.parser),
        XML_GetCurrentColumnNumber(context.parser) + 1,
        tr("the file declares XML entities (<!ENTITY>); programmes never "
           "need them and they can be used to attack the reader, so the "
           "file is refused"));
}

void PentabarfReader::characters(void *data, const char *text, int length)
{
    auto &context = *static_cast<Context *>(data);
    ++context.callbacks;
    if (context.depth > 0 && context.field != Field::None && !context.error) {
        // Past the limit the rest is only counted: a huge text costs no memory.
        const std::size_t room = context.fieldLimit - std::min(context.fieldLimit, context.textBytes);
        context.textBytes += static_cast<size_t>(length);
        if (static_cast<size_t>(length) <= room)
            context.text.append(text, static_cast<size_t>(length));
        else if (room > 0)
            context.text.append(text, std::size_t(FieldLimit::prefix(text, length, qsizetype(room))));
    }
}

void PentabarfReader::startElement(void *data, const char *name, const char **attributes)
{
    auto &context = *static_cast<Context *>(data);
    ++context.callbacks;
    if (context.error) // expat may still report the rest of the tag that failed
        return;
    if (context.depth > 0) {
        ++context.depth;
        return;
    }
    startChild(context, localName(name), attributes);
}

void PentabarfReader::endElement(void *data, const char *)
{
    auto &context = *static_cast<Context *>(data);
    ++context.callbacks;
    if (context.error) // such as the end of <day/> refused at its start
        return;
    if (context.depth > 0) {
        if (--context.depth == 0 && context.field != Field::None)
            endField(context);
        return;
    }
    switch (context.current()) {
    case Context::Level::Schedule:
        context.finished = true;
        context.stop();
        break;
    case Context::Level::Event:
        endEvent(context);
        break;
    default:
        break;
    }
    --context.level;
}

bool PentabarfReader::startChild(Context &context, const char *name, const char **attributes)
{
    using Level = Context::Level;
    switch (context.current()) {
    case Level::Document:
        if (!is(name, "schedule")) {
            return context.failAtOffset(context.endOfTag(),
                tr("expected <schedule> as the root element, found <%1>")
                    .arg(QString::fromUtf8(name)));
        }
        context.enter(Level::Schedule);
        return true;
    case Level::Schedule:
        if (is(name, "conference"))
            context.enter(Level::Conference);
        else if (is(name, "day"))
            return startDay(context, attributes);
        else
            context.skip();
        return true;
    case Level::Conference: {
        static const std::pair<const char *, Field> fields[] = { { "acronym", Field::Acronym },
            { "title", Field::ConferenceTitle }, { "venue", Field::Venue }, { "city", Field::City },
            { "start", Field::StartDate }, { "end", Field::EndDate },
            { "day_change", Field::DayChange }, { "base_url", Field::Url }, { "url", Field::Url },
            { "time_zone_name", Field::TimeZoneName } };
        context.skip();
        for (const auto &[tag, field] : fields) {
            if (is(name, tag)) {
                context.read(field);
                context.fieldOffset = context.endOfTag();
                break;
            }
        }
        return true;
    }
    case Level::Day:
        if (is(name, "room")) {
            context.roomName = attributeText(attributes, "name");
            context.enter(Level::Room);
        } else if (is(name, "event")) {
            startEvent(context, attributes, QString());
        } else {
            context.skip();
        }
        return true;
    case Level::Room:
        if (is(name, "event"))
            startEvent(context, attributes, context.roomName);
        else
            context.skip();
        return true;
    case Level::Event: {
        static const std::pair<const char *, Field> fields[]
            = { { "title", Field::Title }, { "subtitle", Field::Subtitle }, { "type", Field::Type },
                  { "language", Field::Language }, { "abstract", Field::Abstract },
                  { "description", Field::Description }, { "track", Field::Track },
                  { "room", Field::Room }, { "url", Field::EventUrl }, { "start", Field::Start },
                  { "duration", Field::Duration }, { "date", Field::Date } };
        if (is(name, "persons")) {
            context.enter(Level::Persons);
            return true;
        }
        if (is(name, "links")) {
            context.enter(Level::Links);
            return true;
        }
        context.skip();
        for (const auto &[tag, field] : fields) {
            if (is(name, tag)) {
                context.read(field);
                context.fieldOffset = context.endOfTag();
                break;
            }
        }
        return true;
    }
    case Level::Persons:
        if (is(name, "person"))
            context.read(Field::Person);
        else
            context.skip();
        return true;
    case Level::Links:
        if (is(name, "link")) {
            const char *address = attribute(attributes, "href");
            context.linkAddress = context.event.add(address, address ? std::strlen(address) : 0);
            context.read(Field::LinkTitle);
        } else {
            context.skip();
        }
        return true;
    }
    return true;
}

bool PentabarfReader::startDay(Context &context, const char **attributes)
{
    context.day = QDate::fromString(attributeText(attributes, "date"), Qt::ISODate);
    if (!context.day.isValid()) {
        return context.failAtOffset(
            context.endOfTag(), tr("expected a date attribute (YYYY-MM-DD) on <day>"));
    }
    context.dayStart = FrabTime::zonedDateTime(attributeText(attributes, "start"));
    context.noteZone(context.dayStart);
    context.enter(Context::Level::Day);
    return true;
}

void PentabarfReader::startEvent(Context &context, const char **attributes, const QString &room)
{
    context.event = PendingEvent();
    context.eventSlot = EventSlot();
    context.cuts.clear();
    context.eventSlot.ids.id = attributeText(attributes, "id");
    context.eventSlot.ids.guid = attributeText(attributes, "guid");
    context.eventSlot.room = room;
    context.enter(Context::Level::Event);
}

void PentabarfReader::noteCut(Context &context, Field field)
{
    if (field >= Field::Title) {
        context.cuts.emplace_back(field, context.textBytes); // named once its title is read
        return;
    }
    context.warnings.append(FieldLimit::warning(context.fileName,
        qint64(XML_GetCurrentLineNumber(context.parser)), QStringLiteral("conference's text"),
        context.conference.title.text(Language::English), qint64(context.textBytes),
        qsizetype(context.fieldLimit)));
}

void PentabarfReader::endEvent(Context &context)
{
    if (!context.cuts.empty()) {
        const PendingEvent &pending = context.event;
        const QString title = pending.string(pending.text[PendingEvent::Title]).simplified();
        for (const auto &[field, bytes] : std::exchange(context.cuts, {})) {
            const char *name = field == Field::Title ? "title"
                : field == Field::Subtitle           ? "subtitle"
                : field == Field::Abstract           ? "abstract"
                : field == Field::Description        ? "description"
                                                     : "text";
            context.warnings.append(FieldLimit::warning(context.fileName,
                qint64(XML_GetCurrentLineNumber(context.parser)),
                QStringLiteral("<%1>").arg(QLatin1String(name)), title.left(80), qint64(bytes),
                qsizetype(context.fieldLimit)));
        }
    }
    EventSlot &event = context.eventSlot;
    event.slot.day = context.day;
    // Without a <day_change>, a day's own start tells early hours from late ones.
    event.slot.dayStart = context.dayStart;
    event.dayChange = context.dayChange;
    if (context.stream && !context.conversion.streaming())
        context.conversion.beginStream(context.stream, conferenceOf(context, zoneOf(context)));
    context.conversion.add(std::move(context.event), event);
    context.eventSlots.append(std::move(event));
}

bool PentabarfReader::endField(Context &context)
{
    const Field field = context.field;
    if (context.textBytes > context.fieldLimit)
        noteCut(context, field);
    if (field >= Field::Title && field <= Field::LinkTitle) {
        endEventText(context, field);
        return true;
    }
    const QString text = QString::fromUtf8(context.text.data(), qsizetype(context.text.size()));
    if (field <= Field::TimeZoneName) {
        endConferenceField(context, field, text);
        const QString &zone = context.conference.timeZone;
        if (field == Field::TimeZoneName && !zone.isEmpty()
            && !ProgrammeBuilder::timeZone(zone).isValid()) {
            return context.failAtOffset(
                context.fieldOffset, tr("unknown time zone \"%1\"").arg(zone));
        }
        return true;
    }
    if (field == Field::Start || field == Field::Duration || field == Field::Date)
        return endTimeField(context, field, text.trimmed());
    endEventField(context, field, text);
    return true;
}

void PentabarfReader::endConferenceField(Context &context, Field field, const QString &text)
{
    // Sessions already streamed were keyed and timed without it.
    if (context.conversion.streaming())
        context.conversion.spoiled = true;
    Conference &c = context.conference;
    switch (field) {
    case Field::Acronym:
        context.acronym = text.trimmed();
        break;
    case Field::ConferenceTitle:
        c.title = ProgrammeBuilder::localized(text.trimmed());
        break;
    case Field::Venue:
        c.venue = text.trimmed();
        break;
    case Field::City:
        c.city = text.trimmed();
        break;
    case Field::StartDate:
    case Field::EndDate:
        (field == Field::StartDate ? c.startDate : c.endDate)
            = QDate::fromString(text.trimmed().left(10), Qt::ISODate);
        break;
    case Field::DayChange:
        context.dayChange = FrabTime::clockTime(text);
        break;
    case Field::Url:
        c.url = QUrl(text.trimmed());
        break;
    case Field::TimeZoneName:
        c.timeZone = text.trimmed();
        break;
    default:
        break;
    }
}

// The texts the conversion turns into a session's, kept as UTF-8 until then.
void PentabarfReader::endEventText(Context &context, Field field)
{
    PendingEvent &event = context.event;
    const PendingEvent::Span text = event.add(context.text.data(), context.text.size());
    switch (field) {
    case Field::Person:
        event.persons.push_back(text);
        break;
    case Field::LinkTitle:
        event.links.push_back({ std::exchange(context.linkAddress, {}), text });
        break;
    case Field::EventUrl:
        event.links.insert(event.links.begin(), { text, {} });
        break;
    default: // in PendingEvent's order from Field::Title on
        event.text[int(field) - int(Field::Title)] = text;
        break;
    }
}

void PentabarfReader::endEventField(Context &context, Field field, const QString &text)
{
    EventSlot &event = context.eventSlot;
    switch (field) {
    case Field::Track:
        event.track = text;
        break;
    case Field::Room:
        if (const QString room = text.trimmed(); !room.isEmpty())
            event.room = room;
        break;
    default:
        break;
    }
}

bool PentabarfReader::endTimeField(Context &context, Field field, const QString &text)
{
    EventSlot &event = context.eventSlot;
    if (field == Field::Date) {
        // Older frab writes a plain date here; only a zoned one pins the instant.
        event.slot.exact = FrabTime::zonedDateTime(text);
        context.noteZone(event.slot.exact);
    } else if (field == Field::Start) {
        event.slot.start = FrabTime::clockTime(text);
        if (!text.isEmpty() && !event.slot.start.isValid()) {
            return context.failAtOffset(context.fieldOffset,
                tr("expected a time of day (HH:MM) in <start>, found \"%1\"").arg(text));
        }
    } else {
        const std::optional<int> seconds = FrabTime::durationSeconds(text);
        if (!text.isEmpty() && !seconds) {
            return context.failAtOffset(context.fieldOffset,
                tr("expected a duration (H:MM) in <duration>, found \"%1\"").arg(text));
        }
        event.slot.durationSeconds = seconds.value_or(0);
    }
    return true;
}

ConferenceData PentabarfReader::assemble(Context &context, Parser parser)
{
    // The parser and its copy of the file go first: the sessions still to be
    // converted, and all that follows, take the memory they held instead of
    // new pages (FOSDEM: 4 MB fewer).
    parser.reset();
    context.parser = nullptr;
    context.bytes = nullptr;
    context.file = nullptr;
    const QTimeZone zone = zoneOf(context);
    const Conference conference = conferenceOf(context, zone);
    // The sessions' times are the last step, on two cores for a large
    // programme; keys are given in file order afterwards, by the one builder.
    QList<Session> sessions = context.conversion.finish();
    Conversion &conversion = context.conversion;
    if (conversion.streaming()) {
        // Every input of the assumptions spoils the stream when read after
        // it began: a conference field, or a first zoned date that changes the zone.
        const bool held = !conversion.spoiled;
        ConferenceData streamed = conversion.builder->finish();
        context.stream->end(held);
        if (held)
            return streamed;
        sessions = std::move(streamed.sessions); // finished again below, as if never streamed
    }
    const qsizetype count = sessions.size();
    Session *out = sessions.data(); // each thread writes its own elements
    const auto time = [&context, out, &zone](qsizetype from, qsizetype to) {
        // A zone of the thread's own: QTimeZone is reentrant, not thread-safe.
        const QTimeZone own(zone.id());
        for (qsizetype i = from; i < to; ++i) {
            const EventSlot &event = context.eventSlots.at(i);
            out[i].time
                = FrabTime::sessionTime(event.slot, own.isValid() ? own : zone, event.dayChange);
        }
    };
    if (count >= Conversion::parallelFrom) {
        std::thread other(time, count / 2, count);
        time(0, count / 2);
        other.join();
    } else {
        time(0, count);
    }
    ProgrammeBuilder builder(conference);
    builder.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const EventSlot &event = context.eventSlots.at(i);
        sessions[i].room = event.room.trimmed();
        builder.addSession(std::move(sessions[i]), event.track, event.ids);
    }
    return builder.finish();
}

} // namespace planner
