#pragma once

#include "keypoint.h"
#include "link.h"
#include "localizedtext.h"
#include "sessiontime.h"

#include <QList>
#include <QStringList>

namespace planner {

// One entry of a programme, as published. The user's own data about it
// (bookmark, notes, annotations) lives apart, keyed by conference and session key.
struct Session
{
    QString key; // stable across updates of the programme
    QString code; // the conference's own code, such as "S74495"; may be empty
    QString trackKey;
    LocalizedText title;
    LocalizedText subtitle;
    LocalizedText overview; // the abstract: a paragraph or two
    LocalizedText description; // the longer text some programmes add
    QList<KeyPoint> keyPoints;
    QList<LocalizedText> topics;
    SessionTime time;
    QString room;
    QStringList speakers;
    QList<Link> links;
    QString language; // spoken language, as the programme gives it
    QString type; // talk, workshop, panel...
};

} // namespace planner
