#pragma once

#include <QString>
#include <QUrl>

namespace planner {

struct Link
{
    QUrl url;
    QString title;

    friend bool operator==(const Link &a, const Link &b)
    {
        return a.url == b.url && a.title == b.title;
    }
};

} // namespace planner
