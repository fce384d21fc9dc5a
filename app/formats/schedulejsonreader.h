#pragma once

#include "readresult.h"

#include <QCoreApplication>

class QJsonObject;
class QJsonValue;

namespace planner {

// Reads the c3voc schedule.json that frab, pretalx and the CCC hub publish:
// {"schedule": {"conference": {..., "days": [{"rooms": {"Room": [events]}}]}}}.
// Events are keyed by guid, since ids repeat in real files (39C3 reuses 15 ids
// for different events, each with its own guid), so every event is kept.
class ScheduleJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::ScheduleJsonReader)

public:
    ReadResult read(const QByteArray &bytes, const QString &fileName) const;

private:
    struct Context;
    struct Event;
    bool readConference(const QJsonObject &object, Context &context) const;
    bool readDay(const QJsonValue &value, int index, Context &context) const;
    bool readEvent(
        const QJsonValue &value, const QDate &day, const QString &roomName, Context &context) const;
    bool readEventTime(const QJsonObject &object, Event &event, Context &context) const;
    ConferenceData assemble(Context &context) const;
};

} // namespace planner
