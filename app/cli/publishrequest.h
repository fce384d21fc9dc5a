#pragma once

#include <QString>
#include <QStringList>

namespace planner {

// What `conference-planner publish` was asked, as the command line read it.
struct PublishRequest
{
    QString conference; // already checked to exist
    QString url;
    QString user;
    QString passwordFile;
    bool withNotes = false;
    QStringList extra; // stray positional arguments, refused
};

} // namespace planner
