#include "programmelinks.h"

#include "htmltext.h"

#include <QRegularExpression>

namespace planner {

namespace {

// The MIME types programmes are published under.
bool isProgrammeType(const QString &type)
{
    static const QStringList types = {
        QStringLiteral("application/xml"),
        QStringLiteral("text/xml"),
        QStringLiteral("application/json"),
        QStringLiteral("text/calendar"),
        QStringLiteral("application/vnd.c3voc.schedule+xml"),
        QStringLiteral("application/vnd.c3voc.schedule+json"),
        QStringLiteral("application/x-pentabarf+xml"),
        QStringLiteral("application/calendar+json"),
    };
    const QString bare = type.section(u';', 0, 0).trimmed().toLower();
    return types.contains(bare);
}

// The type a file's name suggests, or nothing when it is not named like a programme:
// schedule.xml, schedule.json, fahrplan.ics, programme.ics, *.ics.
QString typeFromName(const QUrl &url)
{
    const QString name = url.fileName().toLower();
    static const QRegularExpression programmeName(
        QStringLiteral("^(.*[-_.])?(schedule|fahrplan|programme|program|agenda|events?)([-_.].*)?"
                       "\\.(xml|json)$"));
    if (name.endsWith(QLatin1String(".ics")) || name.endsWith(QLatin1String(".ical")))
        return QStringLiteral("text/calendar");
    if (!programmeName.match(name).hasMatch())
        return {};
    return name.endsWith(QLatin1String(".json")) ? QStringLiteral("application/json")
                                                 : QStringLiteral("application/xml");
}

// The attributes of one tag's text (`<link rel=alternate href="...">`), names in
// lower case, values with their entities decoded.
QHash<QString, QString> attributesOf(const QString &tag)
{
    static const QRegularExpression attribute(QStringLiteral(
        "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))"));
    QHash<QString, QString> attributes;
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(2);
        if (m.capturedLength(3) > 0)
            value = m.captured(3);
        else if (m.capturedLength(4) > 0)
            value = m.captured(4);
        const QString name = m.captured(1).toLower();
        if (!attributes.contains(name))
            attributes.insert(name, HtmlText::decodeEntities(value).trimmed());
    }
    return attributes;
}

QUrl resolved(const QString &href, const QUrl &base)
{
    if (href.isEmpty())
        return {};
    const QUrl url = base.resolved(QUrl(href));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    return url.adjusted(QUrl::RemoveFragment);
}

void add(QList<ProgrammeLink> &links, ProgrammeLink link)
{
    if (!link.url.isEmpty() && !links.contains(link))
        links.append(std::move(link));
}

// Comments and scripts may hold tags that are not the page's.
QString withoutCommentsAndScripts(const QString &html)
{
    static const QRegularExpression hidden(QStringLiteral("<!--.*?-->|<script\\b.*?</script\\s*>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    QString text = html;
    text.remove(hidden);
    return text;
}

} // namespace

bool ProgrammeLinks::isHtmlPage(const QByteArray &bytes, const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type == "text/html" || type == "application/xhtml+xml")
        return true;
    QByteArray head = bytes.left(512).trimmed().toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3).trimmed();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

QList<ProgrammeLink> ProgrammeLinks::find(const QByteArray &html, const QUrl &base)
{
    const QString page = withoutCommentsAndScripts(QString::fromUtf8(html));
    // <base href> changes what relative links are relative to.
    static const QRegularExpression baseTag(
        QStringLiteral("<base\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    QUrl root = base;
    if (const QRegularExpressionMatch m = baseTag.match(page); m.hasMatch()) {
        if (const QUrl url
            = resolved(attributesOf(m.captured(1)).value(QStringLiteral("href")), base);
            !url.isEmpty())
            root = url;
    }
    QList<ProgrammeLink> links;
    static const QRegularExpression linkTag(
        QStringLiteral("<link\\b([^>]*)>"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = linkTag.globalMatch(page); it.hasNext();) {
        const QHash<QString, QString> a = attributesOf(it.next().captured(1));
        const QStringList rel
            = a.value(QStringLiteral("rel")).toLower().split(u' ', Qt::SkipEmptyParts);
        const QString type = a.value(QStringLiteral("type"));
        if (!rel.contains(QLatin1String("alternate")) || !isProgrammeType(type))
            continue;
        add(links,
            { resolved(a.value(QStringLiteral("href")), root), type.toLower(),
                a.value(QStringLiteral("title")) });
    }
    static const QRegularExpression anchor(QStringLiteral("<a\\b([^>]*)>(.*?)</a\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (auto it = anchor.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QUrl url = resolved(attributesOf(m.captured(1)).value(QStringLiteral("href")), root);
        const QString type = typeFromName(url);
        if (url.isEmpty() || type.isEmpty())
            continue;
        add(links, { url, type, HtmlText::toPlainText(m.captured(2)).simplified() });
    }
    return links;
}

} // namespace planner
