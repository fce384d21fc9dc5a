#pragma once

#include "localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
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

    // The zone times are shown in: the conference's own, or UTC when unknown
    // (never the computer's, which an empty QTimeZone id would give).
    QTimeZone zone() const
    {
        const QTimeZone named = timeZone.isEmpty() ? QTimeZone() : QTimeZone(timeZone.toUtf8());
        return named.isValid() ? named : QTimeZone::utc();
    }
};

} // namespace planner
