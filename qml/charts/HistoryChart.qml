// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound
import QtQuick
import QtCharts

// A short history as lines over wall-clock time: a SeriesModel (column 0 the time in ms
// since the epoch, columns 1 and 2 the two series) mapped without any JavaScript loop.
ChartView {
    id: chart

    required property var model
    property string firstName
    property string secondName
    property bool showSecond: true
    property real maxValue: 1
    property string valueFormat: "%.1f"
    property string valueTitle
    property color firstColor
    property color secondColor

    antialiasing: true
    backgroundColor: palette.base
    plotAreaColor: palette.base
    legend.alignment: Qt.AlignBottom
    legend.labelColor: palette.text
    margins.left: 4
    margins.right: 4
    margins.top: 4
    margins.bottom: 4

    DateTimeAxis {
        id: timeAxis
        min: new Date(chart.model.minX)
        max: new Date(chart.model.maxX)
        format: "hh:mm:ss"
        tickCount: 4
        labelsColor: chart.palette.text
    }
    ValuesAxis {
        id: valueAxis
        min: 0
        max: chart.maxValue
        labelFormat: chart.valueFormat
        titleText: chart.valueTitle
        labelsColor: chart.palette.text
    }
    LineSeries {
        name: chart.firstName
        axisX: timeAxis
        axisY: valueAxis
        color: chart.firstColor
        width: 2
        VXYModelMapper {
            model: chart.model
            xColumn: 0
            yColumn: 1
        }
    }
    LineSeries {
        name: chart.secondName
        visible: chart.showSecond
        axisX: timeAxis
        axisY: valueAxis
        color: chart.secondColor
        width: 2
        VXYModelMapper {
            model: chart.model
            xColumn: 0
            yColumn: 2
        }
    }
}
