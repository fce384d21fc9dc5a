#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace planner {

// A programme a conference's web page points to.
struct ProgrammeLink
{
    QUrl url; // absolute, http or https
    QString type; // the link's MIME type, or one guessed from the file's name
    QString title; // the link's title or text, as the page writes it; may be empty

    bool operator==(const ProgrammeLink &other) const { return url == other.url; }
};

// Finds the programmes a conference's HTML page offers: <link rel="alternate">
// entries of a programme's type (Pentabarf/frab XML, c3voc schedule, JSON,
// iCalendar), then links (<a href>) to files named like a programme
// (schedule.xml, schedule.json, fahrplan.ics, ...). A person pastes the page's
// address, not the file's; peers such as Giggity find the file the same way.
class ProgrammeLinks
{
public:
    // Whether `bytes` served as `contentType` is a web page rather than a programme:
    // text/html or application/xhtml+xml, or, whatever the server says, a text
    // that opens with <!DOCTYPE html> or <html.
    static bool isHtmlPage(const QByteArray &bytes, const QByteArray &contentType);

    // The programmes `html` links to, relative links resolved against `base`, each
    // address once (the first mention wins), in the page's order with
    // <link rel="alternate"> entries first. Only http and https addresses.
    static QList<ProgrammeLink> find(const QByteArray &html, const QUrl &base);
};

} // namespace planner
