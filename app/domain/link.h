#pragma once

#include <QString>
#include <QUrl>

namespace planner {

// A session's link. Its address is text in the form QUrl writes it
// (`QUrl(text).toString()`), which the store keeps and the views show; a QUrl
// is made only where one is used (exports and the details pane). Holding a
// QUrl for every link of a programme cost a tenth of an import.
struct Link
{
    QString address;
    QString title;

    QUrl url() const { return QUrl(address); }

    // Whether free text is an address on its own: a scheme, then no spaces
    // ("https://…", "mailto:…"), as opposed to a title.
    static bool looksLikeAddress(const QString &text);

    // The address of a link to `text` as a programme gives it, in the form
    // above; empty when `text` is no valid address.
    static QString addressOf(const QString &text);

    friend bool operator==(const Link &a, const Link &b)
    {
        return a.address == b.address && a.title == b.title;
    }
};

} // namespace planner
