#pragma once

#include "readresult.h"

#include <QCoreApplication>

class QXmlStreamReader;

namespace planner {

// Reads Pentabarf and frab schedule.xml, the XML most conference systems
// publish: the classic FOSDEM layout (local "HH:MM" times, no guid, no zone) as
// well as frab 1.x (guids, zoned <date>s). Streams through the file without
// building a tree, and refuses DTD entity declarations outright.
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

private:
    struct Context;
    struct PendingEvent;
    bool readProlog(Context &context) const;
    bool readSchedule(Context &context) const;
    bool readConference(Context &context) const;
    bool readDay(Context &context) const;
    bool readEvent(Context &context, const QString &roomName) const;
    bool readEventField(Context &context, PendingEvent &event) const;
    bool readTimeField(Context &context, PendingEvent &event) const;
    void readPersons(Context &context, PendingEvent &event) const;
    void readLinks(Context &context, PendingEvent &event) const;
    ConferenceData assemble(Context &context) const;
    static Session sessionOf(const PendingEvent &event, const QTimeZone &zone);

    QString m_defaultTimeZone;
};

} // namespace planner
