// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtCharts

// Free memory per buddy order of one zone as stacked bars: the part in blocks too small
// for the order asked about, and the part that could serve it. Bound to a table model
// (BuddyModel: column 0 too small, column 1 serving, in MiB) through a model mapper.
ChartView {
    id: chart

    required property var model
    property var categories: []
    property real maxValue: 1
    property string orderTitle
    property string valueTitle
    property color tooSmallColor
    property color servingColor

    antialiasing: true
    backgroundColor: palette.base
    plotAreaColor: palette.base
    legend.alignment: Qt.AlignBottom
    legend.labelColor: palette.text
    margins.left: 4
    margins.right: 4
    margins.top: 4
    margins.bottom: 4

    StackedBarSeries {
        id: series
        axisX: BarCategoryAxis {
            categories: chart.categories
            titleText: chart.orderTitle
            labelsColor: chart.palette.text
        }
        axisY: ValuesAxis {
            min: 0
            max: chart.maxValue
            labelFormat: "%.0f"
            titleText: chart.valueTitle
            labelsColor: chart.palette.text
        }
        // Colours follow the one severity map the model's owner passes in.
        onCountChanged: {
            if (series.count > 0)
                series.at(0).color = chart.tooSmallColor
            if (series.count > 1)
                series.at(1).color = chart.servingColor
        }

        VBarModelMapper {
            model: chart.model
            firstBarSetColumn: 0
            lastBarSetColumn: 1
        }
    }
}
