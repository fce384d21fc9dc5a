#include "userdatajson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace planner {

namespace {

using Snapshot = UserDataSnapshot;

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue localizedJson(const LocalizedText &text)
{
    QJsonObject object;
    if (!text.zh.isEmpty())
        object.insert(QLatin1String("zh_TW"), text.zh);
    if (!text.en.isEmpty())
        object.insert(QLatin1String("en"), text.en);
    return object;
}

LocalizedText localized(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return { object.value(QLatin1String("zh_TW")).toString(),
        object.value(QLatin1String("en")).toString() };
}

QJsonObject sessionJson(const Snapshot::SessionData &s)
{
    QJsonObject o { { QLatin1String("key"), s.key } };
    if (!s.code.isEmpty())
        o.insert(QLatin1String("code"), s.code);
    if (!s.title.isEmpty())
        o.insert(QLatin1String("title"), localizedJson(s.title));
    if (s.bookmarked) {
        o.insert(QLatin1String("bookmarked"), true);
        o.insert(QLatin1String("bookmarkedAt"), stamp(s.bookmarkedAt));
    }
    if (s.note)
        o.insert(QLatin1String("note"),
            QJsonObject { { QLatin1String("text"), s.note->text },
                { QLatin1String("updated"), stamp(s.note->updated) } });
    QJsonArray annotations;
    for (const Snapshot::KeyPointMark &mark : s.annotations) {
        QJsonObject a { { QLatin1String("keyPoint"), mark.annotation.pointKey },
            { QLatin1String("starred"), mark.annotation.starred },
            { QLatin1String("comment"), mark.annotation.comment },
            { QLatin1String("updated"), stamp(mark.updated) } };
        if (!mark.pointText.isEmpty())
            a.insert(QLatin1String("text"), localizedJson(mark.pointText));
        annotations.append(a);
    }
    if (!annotations.isEmpty())
        o.insert(QLatin1String("annotations"), annotations);
    QJsonArray own;
    for (const Snapshot::OwnKeyPoint &point : s.ownKeyPoints)
        own.append(QJsonObject { { QLatin1String("key"), point.point.key },
            { QLatin1String("text"), point.point.text },
            { QLatin1String("created"), stamp(point.created) } });
    if (!own.isEmpty())
        o.insert(QLatin1String("ownKeyPoints"), own);
    if (s.planned)
        o.insert(QLatin1String("planned"),
            QJsonObject { { QLatin1String("start"), stamp(s.planned->first) },
                { QLatin1String("end"), stamp(s.planned->second) } });
    if (s.reminderMinutes)
        o.insert(QLatin1String("reminderMinutes"), *s.reminderMinutes);
    return o;
}

// 1-based line and column of a byte offset, as editors count them.
std::pair<qint64, qint64> lineAndColumn(const QByteArray &bytes, qint64 offset)
{
    const QByteArray before = bytes.left(offset);
    const qint64 line = before.count('\n') + 1;
    const qint64 column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
    return { line, column };
}

} // namespace

struct UserDataJson::Context
{
    QString fileName;
    UserDataSnapshot data;
    std::optional<ReadError> error;

    // `where` is the path to the bad value, e.g. conferences[0].sessions[2].note.
    bool fail(const QString &where, const QString &message)
    {
        error = ReadError { fileName, 0, 0, -1, UserDataJson::tr("%1: %2").arg(where, message) };
        return false;
    }

    bool text(const QJsonObject &o, const char *name, const QString &where, QString &out)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isString() || v.toString().isEmpty())
            return fail(where,
                UserDataJson::tr("\"%1\" is missing or not a text").arg(QLatin1String(name)));
        out = v.toString();
        return true;
    }

    // A time with its offset, as ISO 8601; absent is fine unless `required`.
    bool time(
        const QJsonObject &o, const char *name, const QString &where, QDateTime &out, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() && !required)
            return true;
        out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!out.isValid() || out.timeSpec() == Qt::LocalTime)
            return fail(where,
                UserDataJson::tr("\"%1\" is not an ISO 8601 date and time with an offset, such as "
                                 "2025-03-18T17:00:00Z")
                    .arg(QLatin1String(name)));
        return true;
    }

    bool list(const QJsonValue &v, const char *name, const QString &where)
    {
        return v.isUndefined() || v.isArray()
            || fail(where, UserDataJson::tr("\"%1\" is not a list").arg(QLatin1String(name)));
    }
};

QByteArray UserDataJson::write(const UserDataSnapshot &snapshot)
{
    QJsonArray conferences;
    for (const Snapshot::ConferenceData &c : snapshot.conferences) {
        QJsonArray sessions;
        for (const Snapshot::SessionData &s : c.sessions)
            sessions.append(sessionJson(s));
        QJsonObject conference { { QLatin1String("key"), c.key } };
        if (!c.title.isEmpty())
            conference.insert(QLatin1String("title"), localizedJson(c.title));
        conference.insert(QLatin1String("sessions"), sessions);
        conferences.append(conference);
    }
    const QJsonObject root { { QLatin1String("format"), formatName() },
        { QLatin1String("version"), formatVersion },
        { QLatin1String("exported"), stamp(snapshot.exported) },
        { QLatin1String("conferences"), conferences } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

UserDataReadResult UserDataJson::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { {},
            ReadError { path, 0, 0, -1, tr("cannot read the file: %1").arg(file.errorString()) } };
    return read(file.readAll(), path);
}

UserDataReadResult UserDataJson::read(const QByteArray &bytes, const QString &fileName) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        return { {},
            ReadError { fileName, line, column, parseError.offset,
                tr("not valid JSON: %1").arg(parseError.errorString()) } };
    }
    Context context { fileName, {}, std::nullopt };
    const QJsonObject root = document.object();
    if (readHeader(root, context)
        && readConferences(root.value(QLatin1String("conferences")), context))
        return { std::move(context.data), std::nullopt };
    return { {}, context.error };
}

bool UserDataJson::readHeader(const QJsonObject &root, Context &context) const
{
    const QString top = tr("top level");
    if (root.value(QLatin1String("format")).toString() != formatName())
        return context.fail(top,
            tr("expected \"format\": \"%1\"; this is not a backup of notes and bookmarks")
                .arg(formatName()));
    const int version = root.value(QLatin1String("version")).toInt();
    if (version < 1 || version > formatVersion)
        return context.fail(top,
            tr("format version %1 is not supported (this version reads up to %2)")
                .arg(version)
                .arg(formatVersion));
    if (!root.value(QLatin1String("conferences")).isArray())
        return context.fail(top, tr("\"conferences\" is missing or not a list"));
    return context.time(root, "exported", top, context.data.exported, false);
}

bool UserDataJson::readConferences(const QJsonValue &value, Context &context) const
{
    QSet<QString> keys;
    const QJsonArray list = value.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("conferences[%1]").arg(i);
        if (!readConference(list.at(i).toObject(), where, context))
            return false;
        const QString &key = context.data.conferences.constLast().key;
        if (keys.contains(key))
            return context.fail(where, tr("the conference \"%1\" appears twice").arg(key));
        keys.insert(key);
    }
    return true;
}

bool UserDataJson::readConference(
    const QJsonObject &object, const QString &where, Context &context) const
{
    Snapshot::ConferenceData conference;
    if (!context.text(object, "key", where, conference.key))
        return false;
    conference.title = localized(object.value(QLatin1String("title")));
    const QJsonValue sessions = object.value(QLatin1String("sessions"));
    if (!context.list(sessions, "sessions", where))
        return false;
    QSet<QString> keys;
    const QJsonArray list = sessions.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = where + QStringLiteral(".sessions[%1]").arg(i);
        Snapshot::SessionData session;
        if (!readSession(list.at(i).toObject(), at, session, context))
            return false;
        if (keys.contains(session.key))
            return context.fail(at, tr("the session \"%1\" appears twice").arg(session.key));
        keys.insert(session.key);
        conference.sessions.append(std::move(session));
    }
    context.data.conferences.append(std::move(conference));
    return true;
}

bool UserDataJson::readSession(const QJsonObject &object, const QString &where,
    Snapshot::SessionData &session, Context &context) const
{
    if (!context.text(object, "key", where, session.key))
        return false;
    session.code = object.value(QLatin1String("code")).toString();
    session.title = localized(object.value(QLatin1String("title")));
    const QJsonValue bookmarked = object.value(QLatin1String("bookmarked"));
    if (!bookmarked.isUndefined() && !bookmarked.isBool())
        return context.fail(where, tr("\"bookmarked\" is neither true nor false"));
    session.bookmarked = bookmarked.toBool();
    return context.time(object, "bookmarkedAt", where, session.bookmarkedAt, false)
        && readNote(object.value(QLatin1String("note")), where, session, context)
        && readAnnotations(object.value(QLatin1String("annotations")), where, session, context)
        && readOwnKeyPoints(object.value(QLatin1String("ownKeyPoints")), where, session, context)
        && readPlanned(object.value(QLatin1String("planned")), where, session, context)
        && readReminder(object.value(QLatin1String("reminderMinutes")), where, session, context);
}

bool UserDataJson::readReminder(const QJsonValue &value, const QString &where,
    Snapshot::SessionData &session, Context &context) const
{
    if (value.isUndefined())
        return true;
    // Whole minutes, up to a day before: what the window offers, and then some.
    const double minutes = value.toDouble(-1);
    if (!value.isDouble() || minutes < 0 || minutes > 24 * 60 || minutes != int(minutes))
        return context.fail(where + QStringLiteral(".reminderMinutes"),
            tr("a reminder is a whole number of minutes from 0 to 1440"));
    session.reminderMinutes = int(minutes);
    return true;
}

bool UserDataJson::readNote(const QJsonValue &value, const QString &where,
    Snapshot::SessionData &session, Context &context) const
{
    if (value.isUndefined())
        return true;
    const QString at = where + QStringLiteral(".note");
    if (!value.isObject())
        return context.fail(at, tr("\"note\" is not an object with \"text\" and \"updated\""));
    Snapshot::Note note;
    if (!context.text(value.toObject(), "text", at, note.text)
        || !context.time(value.toObject(), "updated", at, note.updated, true))
        return false;
    session.note = note;
    return true;
}

bool UserDataJson::readAnnotations(const QJsonValue &value, const QString &where,
    Snapshot::SessionData &session, Context &context) const
{
    if (!context.list(value, "annotations", where))
        return false;
    const QJsonArray list = value.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = where + QStringLiteral(".annotations[%1]").arg(i);
        const QJsonObject o = list.at(i).toObject();
        Snapshot::KeyPointMark mark;
        if (!context.text(o, "keyPoint", at, mark.annotation.pointKey)
            || !context.time(o, "updated", at, mark.updated, true))
            return false;
        mark.annotation.starred = o.value(QLatin1String("starred")).toBool();
        mark.annotation.comment = o.value(QLatin1String("comment")).toString();
        mark.pointText = localized(o.value(QLatin1String("text")));
        session.annotations.append(mark);
    }
    return true;
}

bool UserDataJson::readOwnKeyPoints(const QJsonValue &value, const QString &where,
    Snapshot::SessionData &session, Context &context) const
{
    if (!context.list(value, "ownKeyPoints", where))
        return false;
    const QJsonArray list = value.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = where + QStringLiteral(".ownKeyPoints[%1]").arg(i);
        const QJsonObject o = list.at(i).toObject();
        Snapshot::OwnKeyPoint point;
        if (!context.text(o, "key", at, point.point.key)
            || !context.text(o, "text", at, point.point.text)
            || !context.time(o, "created", at, point.created, false))
            return false;
        session.ownKeyPoints.append(point);
    }
    return true;
}

bool UserDataJson::readPlanned(const QJsonValue &value, const QString &where,
    Snapshot::SessionData &session, Context &context) const
{
    if (value.isUndefined())
        return true;
    const QString at = where + QStringLiteral(".planned");
    QDateTime start;
    QDateTime end;
    if (!context.time(value.toObject(), "start", at, start, true)
        || !context.time(value.toObject(), "end", at, end, false))
        return false;
    if (end.isValid() && end < start)
        return context.fail(at, tr("the planned time ends before it starts"));
    session.planned = std::make_pair(start, end.isValid() ? end : start);
    return true;
}

} // namespace planner
