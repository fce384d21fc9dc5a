#pragma once

#include "readresult.h"

#include <QCoreApplication>

class QJsonObject;
class QJsonValue;

namespace planner {

// Reads the project's own programme format: one JSON document with the
// conference, its tracks and sessions, every text in zh_TW and en. It is the
// format of the bundled conferences and of whole-programme exports.
class PlannerJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::PlannerJsonReader)

public:
    static constexpr int formatVersion = 1;
    static QString formatName() { return QStringLiteral("conference-planner-programme"); }

    ReadResult read(const QByteArray &bytes, const QString &fileName) const;

private:
    struct Context;
    bool readConference(const QJsonObject &object, Context &context) const;
    bool readTracks(const QJsonValue &value, Context &context) const;
    bool readSessions(const QJsonValue &value, Context &context) const;
    bool readSession(const QJsonObject &object, int index, Context &context) const;
    bool readTime(const QJsonObject &object, Session &session, Context &context) const;
};

} // namespace planner
