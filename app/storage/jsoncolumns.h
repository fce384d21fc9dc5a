#pragma once

#include "keypoint.h"
#include "link.h"
#include "localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

// The list-valued fields of conference content, stored as compact JSON text in
// one column each: they are always read and written whole with their session.
namespace JsonColumns {

QString fromTexts(const QList<LocalizedText> &texts);
QList<LocalizedText> toTexts(const QString &json);

QString fromKeyPoints(const QList<KeyPoint> &points);
QList<KeyPoint> toKeyPoints(const QString &json);

QString fromStrings(const QStringList &strings);
QStringList toStrings(const QString &json);

QString fromLinks(const QList<Link> &links);
QList<Link> toLinks(const QString &json);

} // namespace JsonColumns

} // namespace planner
