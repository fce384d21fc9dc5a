#pragma once

#include "agenda.h"
#include "language.h"
#include "timeformatter.h"

#include <QCoreApplication>

namespace planner {

// The words every agenda export shares, in the export's language: when a session
// happens, its key points with the user's marks, and the labels around them.
class AgendaText
{
    Q_DECLARE_TR_FUNCTIONS(planner::AgendaText)

public:
    // A key point as exports show it: the programme's, or one the user wrote.
    struct Point
    {
        QString lead; // empty when the point has no lead-in
        QString text;
        bool starred = false;
        QString comment;
        bool own = false; // written by the user
    };

    AgendaText(const Agenda &agenda, Language language);

    Language language() const { return m_language; }
    QString conferenceTitle() const;
    QString documentTitle() const { return tr("%1 — my agenda").arg(conferenceTitle()); }
    QString conferenceDates() const; // empty when the programme gives none
    QString title(const AgendaItem &item) const;
    // "Tue 18 Mar 10:00–12:00", "Thu 20 Mar · Time TBA", "On demand · planned …".
    QString when(const AgendaItem &item) const;
    // The heading a session is listed under: its day, or "On demand".
    QString dayHeading(const AgendaItem &item) const;
    QString clock(const QDateTime &utc) const { return m_formatter.clock(utc); }
    QString topics(const AgendaItem &item, const QString &separator) const;
    // The abstract, and the longer description when it says more than the abstract
    // (some programmes repeat one as the other); both plain text, maybe empty.
    QString overview(const AgendaItem &item) const;
    QString description(const AgendaItem &item) const;
    QString speakers(const AgendaItem &item) const;
    // The session's links an export shows: web and mail addresses, and addresses
    // written without a scheme ("example.org"), which are shown as text, not
    // followed; a programme's javascript: or file: link is no link and is left out.
    static QList<Link> shownLinks(const AgendaItem &item);
    // Whether an export may make `url` a link a reader follows: web and mail only.
    static bool isSafeLink(const QUrl &url);
    // A link's words: its title, else its address.
    static QString linkText(const Link &link);
    // The programme's key points with the user's stars and comments, then the user's own.
    QList<Point> points(const AgendaItem &item) const;
    // "★ Lead: text — comment" on one line, for plain-text formats.
    QString pointLine(const Point &point) const;

    // "Speakers: A, B", with the colon the language writes ("講者：…").
    static QString labelled(const QString &label, const QString &value)
    {
        return tr("%1: %2", "a label, then its value").arg(label, value);
    }

    static QString keyPointsLabel() { return tr("Key points"); }
    static QString topicsLabel() { return tr("Topics"); }
    static QString notesLabel() { return tr("My notes"); }
    static QString speakersLabel() { return tr("Speakers"); }
    static QString descriptionLabel() { return tr("Description"); }
    static QString linksLabel() { return tr("Links"); }
    static QString removedLabel() { return tr("Removed from the programme"); }
    static QString ownPointLabel() { return tr("my own point", "a key point the user wrote"); }

private:
    const Agenda &m_agenda;
    Language m_language;
    TimeFormatter m_formatter;
};

} // namespace planner
