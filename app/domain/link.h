#pragma once

#include <QString>
#include <QUrl>

namespace planner {

// A session's link. Its address is the text the programme wrote, which the store
// keeps and the views show: normalising it (QUrl decodes "%7E", lower-cases the
// host, writes international hosts in Unicode) would make the address differ from
// the one the file gives and the one a re-import reads. A QUrl is made only where
// one is used (exports and the details pane).
struct Link
{
    QString address;
    QString title;

    QUrl url() const { return QUrl(address); }

    // Whether free text is an address on its own: a scheme, then no spaces
    // ("https://…", "mailto:…"), as opposed to a title.
    static bool looksLikeAddress(const QString &text);

    // The address of a link as a programme writes it: `written` itself, less
    // surrounding blanks, when it is a valid http(s) address with a host or a
    // mailto address, else empty.
    static QString addressOf(const QString &written);

    friend bool operator==(const Link &a, const Link &b)
    {
        return a.address == b.address && a.title == b.title;
    }
};

} // namespace planner
