#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace planner {

class AgendaText;

// Writes an agenda as an iCalendar file (RFC 5545) that calendar applications
// import: one VEVENT per session with a time, with UIDs that stay the same across
// exports so a re-import updates events instead of duplicating them.
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(planner::IcsWriter)

public:
    explicit IcsWriter(const ExportOptions &options);

    QByteArray write(const Agenda &agenda);
    // Keys of the sessions the last write() left out: on demand, with no planned
    // time, so a calendar has nowhere to put them.
    QStringList leftOut() const { return m_leftOut; }

    // The event's UID: a name-based UUID of the conference and session keys.
    static QString uid(const QString &conferenceKey, const QString &sessionKey);
    // TEXT value escaping: backslash, semicolon, comma and newline.
    static QString escapeText(const QString &text);
    // Splits a content line into CRLF-terminated lines of at most 75 octets,
    // never inside a UTF-8 sequence.
    static QByteArray fold(const QString &line);

private:
    struct Shared;
    // fold() onto the end of `out`.
    static void foldInto(QByteArray &out, QStringView line);
    void writeEvent(QByteArray &out, const Shared &shared, const AgendaItem &item) const;
    QString description(const AgendaText &text, const AgendaItem &item) const;

    ExportOptions m_options;
    QStringList m_leftOut;
};

} // namespace planner
