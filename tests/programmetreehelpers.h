#pragma once

// Reading the programme tree as a view shows it: shared by the tests of the
// filter, the window and the search.

#include "tracktreemodel.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace planner {

// The session keys shown, track after track, in the order shown.
inline QStringList shownSessionKeys(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int t = 0; t < model.rowCount(); ++t) {
        const QModelIndex track = model.index(t, 0);
        for (int s = 0; s < model.rowCount(track); ++s)
            keys.append(model.index(s, 0, track).data(TrackTreeModel::SessionKeyRole).toString());
    }
    return keys;
}

} // namespace planner
