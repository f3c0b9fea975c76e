// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import OomLens

// The lines of a LogModel: fixed-height rows (so a view over millions of lines scrolls and
// jumps without measuring them), the line number, the highlighted text; report lines and
// the marked line stand out. A click selects a line, Shift+click a range (for copying).
ListView {
    id: view

    required property LogModel log
    property int selectionFirst: 0
    property int selectionLast: 0
    readonly property real rowHeight: metrics.height + 2

    // Centres `line` in the view. While the log is still being indexed the view may not
    // have the rows after it yet, and while its page is hidden it has no height (either way
    // centring would leave the line at the edge), so the line waits in pendingLine.
    property real pendingLine: 0
    function positionAtLine(line: int) {
        pendingLine = line;
        placePendingLine();
    }
    function placePendingLine() {
        if (pendingLine <= 0)
            return;
        const row = log.rowOfLine(pendingLine);
        const settled = log.status === LogModel.Ready || log.status === LogModel.Failed;
        const rowsBelow = Math.ceil(height / rowHeight / 2);
        // A hidden view (the Log page not shown yet) has no height to centre in.
        if (row < 0 || height <= 0 || !visible || (!settled && row + rowsBelow >= count))
            return;
        positionViewAtIndex(row, ListView.Center);
        pendingLine = 0;
    }
    onCountChanged: placePendingLine()
    onHeightChanged: placePendingLine()
    onVisibleChanged: placePendingLine()
    Connections {
        target: view.log
        function onStatusChanged() {
            view.placePendingLine();
        }
    }

    model: log
    clip: true
    reuseItems: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        minimumSize: 0.02
    }
    ScrollBar.horizontal: ScrollBar {}
    flickableDirection: Flickable.AutoFlickIfNeeded
    contentWidth: Math.max(width, 2400)
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Log lines")

    FontMetrics {
        id: metrics
        font.family: "monospace"
    }

    delegate: Rectangle {
        id: row
        required property int lineNumber
        required property string styledText
        required property bool inReport
        required property bool marked
        readonly property bool selected: lineNumber >= view.selectionFirst
                                         && lineNumber <= view.selectionLast
        width: view.contentWidth
        height: view.rowHeight
        color: marked ? Severity.tint("warning")
                      : selected ? palette.highlight
                                 : inReport ? palette.alternateBase : "transparent"

        Text {
            id: number
            width: metrics.advanceWidth("0000000000")
            height: parent.height
            horizontalAlignment: Text.AlignRight
            verticalAlignment: Text.AlignVCenter
            text: row.lineNumber
            textFormat: Text.PlainText
            font.family: "monospace"
            color: palette.placeholderText
        }
        Text {
            x: number.width + 12
            height: parent.height
            verticalAlignment: Text.AlignVCenter
            text: row.styledText
            textFormat: Text.StyledText
            font.family: "monospace"
            color: row.selected ? palette.highlightedText : palette.text
        }
        TapHandler {
            id: tap
            onTapped: {
                if ((tap.point.modifiers & Qt.ShiftModifier) && view.selectionFirst > 0) {
                    view.selectionFirst = Math.min(view.selectionFirst, row.lineNumber);
                    view.selectionLast = Math.max(view.selectionLast, row.lineNumber);
                } else {
                    view.selectionFirst = row.lineNumber;
                    view.selectionLast = row.lineNumber;
                }
            }
        }
    }
}
