#pragma once

#include "readresult.h"

#include <QCoreApplication>

class QJsonObject;
class QJsonValue;

namespace planner {

struct LocalizedText;

// Reads the c3voc schedule2 draft (alpha 3): {"schedule": {"conference": {...},
// "events": [...]}}, one flat list of events, each placed by its zoned start and
// end and by references to the conference's rooms and tracks, with its texts
// either plain or per language ({"de": "...", "en": "..."}). Events are keyed by
// guid, as schedule.json's; cancelled, withdrawn and deleted ones are left out,
// and so are breaks.
class Schedule2JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::Schedule2JsonReader)

public:
    ReadResult read(const QByteArray &bytes, const QString &fileName) const;

private:
    struct Context;
    bool readConference(const QJsonObject &object, Context &context) const;
    bool readEvent(const QJsonValue &value, int index, Context &context) const;
    bool readTime(const QJsonObject &object, int index, Session &session, Context &context) const;
    static LocalizedText localized(const QJsonValue &value, const QString &language);
};

} // namespace planner
