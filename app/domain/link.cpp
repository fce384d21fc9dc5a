#include "link.h"

#include <algorithm>

namespace planner {

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// A host QUrl keeps as it is: labels of lower-case letters, digits and inner
// hyphens, of 1 to 63 characters, the last one starting with a letter (else
// QUrl may read the host as an IPv4 address and write it anew: "1.2.3" is
// "1.2.0.3"), none an encoded international name (which QUrl writes decoded).
bool isPlainHost(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    QStringView last;
    for (const QStringView label : host.tokenize(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-')
            || label.startsWith(u"xn--"))
            return false;
        for (const QChar c : label) {
            if (!isLowerAlnum(c) && c != u'-')
                return false;
        }
        last = label;
    }
    return last.at(0) >= u'a' && last.at(0) <= u'z';
}

// Path, query and fragment characters QUrl neither encodes nor decodes.
bool isPlainTailCharacter(QChar c)
{
    if (isLowerAlnum(c) || (c >= u'A' && c <= u'Z'))
        return true;
    switch (c.unicode()) {
    case u'-':
    case u'.':
    case u'_':
    case u'~':
    case u'/':
    case u'?':
    case u'=':
    case u'&':
    case u'+':
    case u',':
    case u';':
    case u':':
    case u'@':
    case u'!':
    case u'$':
    case u'*':
    case u'(':
    case u')':
    case u'\'':
        return true;
    default:
        return false;
    }
}

// What nearly every programme's link is: http(s), a plain host with no port
// or user, and a tail of plain characters with no dot segment and at most one
// fragment. Such an address needs no QUrl to be known valid (tst_link checks
// this against QUrl itself, on real programmes and on generated addresses);
// making one for each link of a programme cost a tenth of an import.
bool isPlainAddress(QStringView text)
{
    qsizetype at = 0;
    if (text.startsWith(u"https://"))
        at = 8;
    else if (text.startsWith(u"http://"))
        at = 7;
    else
        return false;
    qsizetype hostEnd = at;
    while (hostEnd < text.size() && text.at(hostEnd) != u'/' && text.at(hostEnd) != u'?'
        && text.at(hostEnd) != u'#')
        ++hostEnd;
    if (!isPlainHost(text.mid(at, hostEnd - at)))
        return false;
    const QStringView tail = text.mid(hostEnd);
    bool fragment = false;
    for (const QChar c : tail) {
        if (c == u'#') {
            if (fragment)
                return false;
            fragment = true;
        } else if (!isPlainTailCharacter(c)) {
            return false;
        }
    }
    // "/./" and "/../" are left to QUrl, which may resolve them.
    for (qsizetype dot = tail.indexOf(u'.'); dot >= 0; dot = tail.indexOf(u'.', dot + 1)) {
        if (dot > 0 && tail.at(dot - 1) == u'/') {
            const QStringView rest = tail.mid(dot + 1);
            if (rest.isEmpty() || rest.startsWith(u'/') || rest.startsWith(u'?')
                || rest.startsWith(u'#') || rest.startsWith(u'.'))
                return false;
        }
    }
    return true;
}

} // namespace

bool Link::looksLikeAddress(const QString &text)
{
    if (text.isEmpty()
        || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty();
}

QString Link::addressOf(const QString &written)
{
    const QString text = written.trimmed();
    if (isPlainAddress(text))
        return text;
    const QUrl url(text);
    if (!url.isValid() || url.isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if ((web && url.host().isEmpty()) || (!web && scheme != QLatin1String("mailto")))
        return {};
    return text;
}

} // namespace planner
