#pragma once

// Private to models/: the demo word lists (resources/demo/*.txt).

#include <QStringList>
#include <QVector>

namespace Models {

struct DemoWords
{
    QStringList surnames;
    QVector<int> surnameCumulative; // cumulative weights for sampling
    QStringList givenMale;
    QStringList givenFemale;
    QStringList placeFirst;
    QStringList placeSecond;
    QStringList townships;

    static const DemoWords &get();
};

} // namespace Models
