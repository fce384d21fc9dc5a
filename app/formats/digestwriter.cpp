#include "digestwriter.h"

#include "agendatext.h"

#include <QRegularExpression>

namespace planner {

namespace {

// Continuation lines of a multi-line text, each escaped.
QString lines(const QString &text, const QString &prefix = QString())
{
    QString out;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        out += prefix + (trimmed.isEmpty() ? QString() : DigestWriter::escapeLine(trimmed));
        out += u'\n';
    }
    return out;
}

// A blockquote of `text`; every line quoted, so nothing in it can start a
// heading, bullet or label when the digest is read back.
QString quoted(const QString &text)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += QStringLiteral("> ") + line.trimmed() + QStringLiteral("  \n");
    return out;
}

} // namespace

DigestWriter::DigestWriter(const ExportOptions &options)
    : m_options(options)
{
}

QString DigestWriter::escapeLine(const QString &line)
{
    static const QRegularExpression risky(QStringLiteral(R"(^\s*[#*+>-])"));
    return risky.match(line).hasMatch() ? u'\\' + line.trimmed() : line;
}

QByteArray DigestWriter::write(const Agenda &agenda) const
{
    const AgendaText text(agenda, m_options.language);
    // The dates in ISO form stay on the line after the title, where the reader looks.
    QString out = QStringLiteral("# %1\n").arg(text.conferenceTitle().simplified());
    const Conference &conference = agenda.conference;
    if (conference.startDate.isValid())
        out += QStringLiteral("%1 – %2  \n")
                   .arg(conference.startDate.toString(Qt::ISODate),
                       conference.endDate.isValid() ? conference.endDate.toString(Qt::ISODate)
                                                    : conference.startDate.toString(Qt::ISODate));
    for (const LocalizedText &paragraph : conference.description)
        out += lines(paragraph.text(m_options.language).simplified());
    QString heading;
    for (const AgendaItem &item : agenda.items) {
        // Days play the part of the digest's tracks, keeping the agenda in time order.
        if (const QString day = text.dayHeading(item); day != heading) {
            heading = day;
            out += QStringLiteral("\n# %1\n").arg(day.simplified());
        }
        out += session(text, item);
    }
    return out.toUtf8();
}

QString DigestWriter::session(const AgendaText &text, const AgendaItem &item) const
{
    const Session &session = item.session;
    QString out = QStringLiteral("## ") + text.title(item).simplified();
    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (codeRe.match(session.code).hasMatch())
        out += QStringLiteral(" [%1]").arg(session.code);
    out += u'\n';
    QStringList facts { text.when(item) };
    for (const QString &fact : { session.room, item.trackName.text(m_options.language) }) {
        if (!fact.isEmpty())
            facts.append(fact);
    }
    out += QStringLiteral("_%1_  \n").arg(facts.join(QStringLiteral(" · ")).simplified());
    if (item.removed)
        out += QStringLiteral("_%1_  \n").arg(AgendaText::removedLabel());
    const QString overview = session.overview.text(m_options.language).trimmed();
    if (!overview.isEmpty()) {
        // The digest puts the overview under "### ", unless it would read as a label.
        static const QRegularExpression label(
            QStringLiteral(R"(^\W*(重點摘要|重点摘要|key\s*points|highlights|topics?|主題|主题))"),
            QRegularExpression::CaseInsensitiveOption);
        if (!label.match(overview).hasMatch())
            out += QStringLiteral("### ");
        out += lines(overview);
    }
    out += keyPoints(item);
    if (const QString topics = text.topics(item,
            m_options.language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
        !topics.isEmpty())
        out += QStringLiteral("### Topic: %1\n").arg(topics.simplified());
    out += marks(text, item);
    if (m_options.withNotes && !item.note.trimmed().isEmpty())
        out += QStringLiteral("\n### %1\n").arg(AgendaText::notesLabel()) + quoted(item.note);
    return out + u'\n';
}

QString DigestWriter::keyPoints(const AgendaItem &item) const
{
    const QList<KeyPoint> &points = item.session.keyPoints;
    if (points.isEmpty())
        return {};
    // The label is part of the format the reader recognises, not a translation.
    QString out = m_options.language == Language::Chinese ? QStringLiteral("### 重點摘要：\n")
                                                          : QStringLiteral("### Key points:\n");
    for (const KeyPoint &point : points) {
        const QString body = point.text.text(m_options.language).trimmed();
        const qsizetype firstBreak = body.indexOf(u'\n');
        out += QStringLiteral("*   ");
        if (const QString lead = point.lead.text(m_options.language); !lead.isEmpty())
            out += QStringLiteral("**%1:** ").arg(lead.simplified());
        out += body.left(firstBreak).trimmed() + u'\n';
        if (firstBreak >= 0)
            out += lines(body.mid(firstBreak + 1), QStringLiteral("    "));
    }
    return out;
}

// The user's stars, comments and own points, quoted under a heading of their own.
QString DigestWriter::marks(const AgendaText &text, const AgendaItem &item) const
{
    QString quote;
    for (const AgendaText::Point &point : text.points(item)) {
        if (point.starred || point.own || !point.comment.isEmpty())
            quote += quoted(text.pointLine(point).simplified());
    }
    if (quote.isEmpty())
        return {};
    return QStringLiteral("\n### %1\n").arg(tr("My key point marks")) + quote;
}

} // namespace planner
