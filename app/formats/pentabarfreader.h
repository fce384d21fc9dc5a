#pragma once

#include "fieldlimit.h"
#include "readresult.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;
class QTimeZone;
struct XML_ParserStruct;

namespace planner {

class SessionStream;

// Reads Pentabarf and frab schedule.xml, the XML most conference systems
// publish: the classic FOSDEM layout (local "HH:MM" times, no guid, no zone) as
// well as frab 1.x (guids, zoned <date>s). Streams through the file without
// building a tree, and refuses DTD entity declarations outright.
//
// The parser is expat rather than QXmlStreamReader: the tokenizer was most of
// an import's time, expat's takes about a quarter of Qt's instructions, and no
// setting of QXmlStreamReader changes that. expat's callbacks drive a
// small state machine over the few levels the format has (schedule, day, room,
// event, persons, links); anything deeper is counted, never recursed into, and
// the text of a field is gathered as UTF-8 and converted once. Events become
// sessions on a second core while the parse goes on (see Conversion). Errors
// expat finds are placed where it finds them; the reader's own, after the
// start tag of the element at fault, as they always were.
class PentabarfReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::PentabarfReader)

public:
    // The zone assumed when the file says nothing about one, neither a
    // <time_zone_name> nor a zoned date: such files are, in practice, FOSDEM's
    // (the format's origin and its last user without zones), held in Brussels.
    static QString fallbackTimeZone() { return QStringLiteral("Europe/Brussels"); }

    explicit PentabarfReader(QString defaultTimeZone = fallbackTimeZone());

    ReadResult read(const QByteArray &bytes, const QString &fileName) const;
    // Texts longer than this many bytes are cut as they are read, with a
    // warning naming the session (FieldLimit).
    void setFieldLimit(qsizetype bytes) { m_fieldLimit = bytes; }
    // The same for a file open for reading, read from where it stands a piece
    // at a time, with no copy of its bytes kept. Sessions are handed to
    // `stream`, if given, as they are read; it is ended on success only.
    ReadResult readFile(
        QIODevice &file, const QString &fileName, SessionStream *stream = nullptr) const;

private:
    struct Context;
    struct PendingEvent;
    struct EventSlot;
    struct Conversion;
    enum class Field;
    using Parser = std::unique_ptr<XML_ParserStruct, void (*)(XML_ParserStruct *)>;
    static Parser createParser(Context &context);
    static bool parsed(Context &context, int status);
    // expat's callbacks; `data` is the Context.
    static void startElement(void *data, const char *name, const char **attributes);
    static void endElement(void *data, const char *name);
    static void characters(void *data, const char *text, int length);
    static void entityDeclaration(void *data, const char *, int, const char *, int, const char *,
        const char *, const char *, const char *);
    static bool startChild(Context &context, const char *name, const char **attributes);
    static bool startDay(Context &context, const char **attributes);
    static void startEvent(Context &context, const char **attributes, const QString &room);
    static bool endField(Context &context);
    static void endConferenceField(Context &context, Field field, const QString &text);
    static void endEventText(Context &context, Field field);
    static void endEventField(Context &context, Field field, const QString &text);
    static bool endTimeField(Context &context, Field field, const QString &text);
    static void endEvent(Context &context);
    // Notes that `field`'s text was longer than the limit, and so was cut.
    static void noteCut(Context &context, Field field);
    static QString parserError(const Context &context, int code);
    static QTimeZone zoneOf(const Context &context);
    static Conference conferenceOf(const Context &context, const QTimeZone &zone);
    static ConferenceData assemble(Context &context, Parser parser); // once the parse is done
    static Session sessionOf(const PendingEvent &event); // all but the time

    QString m_defaultTimeZone;
    qsizetype m_fieldLimit = FieldLimit::defaultBytes;
};

} // namespace planner
