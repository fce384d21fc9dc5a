#pragma once

#include "localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

namespace planner {

// What a conference is, without its programme.
struct Conference
{
    QString key; // stable identifier, such as "gtc-2025"
    LocalizedText title;
    QList<LocalizedText> description; // paragraphs
    QDate startDate;
    QDate endDate;
    QString timeZone; // IANA name; empty when the source does not say
    QString city;
    QString venue;
    QUrl url;
};

} // namespace planner
