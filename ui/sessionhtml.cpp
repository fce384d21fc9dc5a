#include "sessionhtml.h"

#include "timeformatter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTimeZone>

namespace planner {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SessionHtml::SessionHtml(const Conference &conference, Language language)
    : m_conference(conference)
    , m_language(language)
{
}

QString SessionHtml::whenLine(const Session &session) const
{
    const QTimeZone zone = m_conference.zone();
    const TimeFormatter formatter(localeOf(m_language), zone, TimeFormatter::DateLength::Long);
    QString line = escaped(formatter.format(session.time));
    if (session.time.kind() == SessionTime::Kind::Timed && !m_conference.timeZone.isEmpty()) {
        line += QStringLiteral(" <span style=\"color:gray\">(%1)</span>")
                    .arg(escaped(m_conference.timeZone));
        // Beside the conference's time, the user's own, for those following from afar.
        const QTimeZone local = QTimeZone::systemTimeZone();
        if (local.offsetFromUtc(session.time.start) != zone.offsetFromUtc(session.time.start)) {
            const TimeFormatter localFormatter(
                localeOf(m_language), local, TimeFormatter::DateLength::Long);
            SessionTime localTime = session.time;
            localTime.date = session.time.start.toTimeZone(local).date();
            line += QStringLiteral("<br>")
                + escaped(tr("Your time: %1").arg(localFormatter.format(localTime)));
        }
    }
    if (!session.room.isEmpty())
        line += QStringLiteral("<br>") + escaped(tr("Room: %1").arg(session.room));
    return line;
}

QString SessionHtml::topics(const Session &session) const
{
    if (session.topics.isEmpty())
        return {};
    // Each topic is a link the pane turns into a search of the programme.
    // A pale chip on a light palette, a deep one on a dark palette: links stay readable.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QString chipColour = dark ? QStringLiteral("#2b3a50") : QStringLiteral("#e4ecf7");
    QStringList chips;
    for (int i = 0; i < session.topics.size(); ++i)
        chips.append(QStringLiteral("<a href=\"topic:%1\" style=\"text-decoration:none\">"
                                    "<span style=\"background-color:%2\">&nbsp;%3&nbsp;</span></a>")
                         .arg(i)
                         .arg(chipColour, escaped(session.topics.at(i).text(m_language))));
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Topics:")), chips.join(u' '));
}

QString SessionHtml::links(const Session &session) const
{
    QStringList items;
    for (const Link &link : session.links) {
        const QUrl url = link.url();
        const QString scheme = url.scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            continue; // never offer javascript:, file: or the like from a programme
        const QString text = link.title.isEmpty() ? link.address : link.title;
        items.append(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(text)));
    }
    if (items.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b> %2</p>")
        .arg(escaped(tr("Links:")), items.join(QStringLiteral(" · ")));
}

QString SessionHtml::render(const Session &session, const QString &trackName) const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(session.title.text(m_language)));
    if (!session.subtitle.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(session.subtitle.text(m_language)));
    QStringList facts;
    if (!session.code.isEmpty())
        facts.append(escaped(session.code));
    facts.append(escaped(trackName));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(facts.join(QStringLiteral(" · ")), whenLine(session));
    if (!session.speakers.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("Speakers:")),
                        escaped(session.speakers.join(QStringLiteral(", "))));
    if (!session.overview.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(session.overview.text(m_language)));
    if (!session.description.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(session.description.text(m_language))
                             .replace(u'\n', QStringLiteral("<br>")));
    return html + topics(session) + links(session);
}

QString SessionHtml::renderConference() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(m_conference.title.text(m_language)));
    const QLocale locale = localeOf(m_language);
    QStringList facts;
    if (m_conference.startDate.isValid())
        facts.append(escaped(tr("%1 to %2", "conference dates")
                                 .arg(locale.toString(m_conference.startDate, QLocale::LongFormat),
                                     locale.toString(m_conference.endDate, QLocale::LongFormat))));
    if (!m_conference.city.isEmpty())
        facts.append(escaped(m_conference.venue.isEmpty()
                ? m_conference.city
                : m_conference.venue + QStringLiteral(", ") + m_conference.city));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    for (const LocalizedText &paragraph : m_conference.description)
        html += QStringLiteral("<p>%1</p>").arg(escaped(paragraph.text(m_language)));
    return html;
}

} // namespace planner
