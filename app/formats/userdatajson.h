#pragma once

#include "readresult.h"
#include "userdatasnapshot.h"

#include <QCoreApplication>

class QJsonArray;
class QJsonObject;
class QJsonValue;

namespace planner {

// The outcome of reading a backup: the user data, or the first error found.
struct UserDataReadResult
{
    UserDataSnapshot data;
    std::optional<ReadError> error;

    bool ok() const { return !error.has_value(); }
};

// The backup file of the user's own data ("conference-planner-userdata"): one
// JSON document listing, per conference and session key, the bookmarks, notes,
// key-point annotations, own key points and planned times. Titles and codes
// are there for a person reading the file; only the keys are read back.
class UserDataJson
{
    Q_DECLARE_TR_FUNCTIONS(planner::UserDataJson)

public:
    static constexpr int formatVersion = 1;
    static QString formatName() { return QStringLiteral("conference-planner-userdata"); }

    static QByteArray write(const UserDataSnapshot &snapshot);

    UserDataReadResult read(const QByteArray &bytes, const QString &fileName) const;
    UserDataReadResult readFile(const QString &path) const;

private:
    struct Context;
    bool readHeader(const QJsonObject &root, Context &context) const;
    bool readConferences(const QJsonValue &value, Context &context) const;
    bool readConference(const QJsonObject &object, const QString &where, Context &context) const;
    bool readSession(const QJsonObject &object, const QString &where,
        UserDataSnapshot::SessionData &session, Context &context) const;
    bool readNote(const QJsonValue &value, const QString &where,
        UserDataSnapshot::SessionData &session, Context &context) const;
    bool readAnnotations(const QJsonValue &value, const QString &where,
        UserDataSnapshot::SessionData &session, Context &context) const;
    bool readOwnKeyPoints(const QJsonValue &value, const QString &where,
        UserDataSnapshot::SessionData &session, Context &context) const;
    bool readPlanned(const QJsonValue &value, const QString &where,
        UserDataSnapshot::SessionData &session, Context &context) const;
    bool readReminder(const QJsonValue &value, const QString &where,
        UserDataSnapshot::SessionData &session, Context &context) const;
};

} // namespace planner
