// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtTest
import OomLens

// The log view on a real report (382 lines, the longest 413 characters): its rows follow
// the model, a line is centred and marked, clicks select lines, keys scroll, and what is
// painted is what the rows say (read back from the rendered window).
TestCase {
    id: test
    name: "LogView"
    when: windowShown
    width: 640
    height: 320
    visible: true // TestCase hides itself; the view is shown, as on its page

    readonly property string reportPath: Qt.resolvedUrl(
        "../data/reports/038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log")
        .toString().replace("file://", "")
    readonly property int reportLines: 382
    readonly property int longestLine: 29

    LogModel {
        id: log
        source: test.reportPath
    }
    LogView {
        id: view
        anchors.fill: parent
        log: log
    }
    TextEdit {
        id: clipboardReader // reads the clipboard back: paste()
        visible: false
    }
    SignalSpy {
        id: copies
        target: log
        signalName: "copied"
    }
    Shortcut {
        id: windowCopy // as the menu's Copy, in the same window
        property int activations: 0
        sequence: StandardKey.Copy
        onActivated: activations++
    }

    function init() {
        log.search("", false, false, 0, true); // no match marked
        log.reportsOnly = false;
        log.markedLine = 0;
        view.selectionFirst = 0;
        view.selectionLast = 0;
        view.contentY = 0;
        tryVerify(() => log.status === LogModel.Ready, 10000);
    }

    // The view rendered once the rows in view have their text. Grabbing renders the window
    // (polish included) as it is now; the text comes from the reader thread, usually within
    // that polish, else a little later.
    function grabRead(): var {
        let image = grabImage(view);
        if (view.reading) {
            tryVerify(() => !view.reading, 5000, "the rows in view get their text");
            image = grabImage(view);
        }
        return image;
    }

    // The colour painted at the left edge of the row showing `line` (left of its number,
    // where no glyph is).
    function rowColour(line: int): color {
        const row = log.rowOfLine(line);
        const y = row * view.rowHeight - view.contentY + view.rowHeight / 2;
        verify(y > 0 && y < view.height, `line ${line} is in view (y ${y})`);
        return test.grabRead().pixel(1, Math.floor(y));
    }

    function test_rows_follow_the_model() {
        compare(view.count, test.reportLines);
        compare(view.contentHeight, test.reportLines * view.rowHeight);
        compare(view.rowAt(0), 0);
        compare(view.rowAt(view.rowHeight * 10 + 1), 10);
        compare(view.rowAt(view.contentHeight + 1), -1);
        // The widest line sets how far the view scrolls sideways, once it has been in view.
        view.positionAtLine(test.longestLine);
        tryVerify(() => view.contentWidth > view.width + 1000, 2000,
                  `${view.contentWidth} wide for 413 characters`);
        // Only the OOM report's lines: fewer rows, and the first row is the report's first.
        log.reportSpans = [Qt.point(2, 380)];
        log.reportsOnly = true;
        compare(view.count, 379);
        compare(log.lineOfRow(view.rowAt(0)), 2);
    }

    function test_a_line_is_centred_and_marked() {
        log.markedLine = 200;
        view.positionAtLine(200);
        const middle = view.rowAt(view.contentY + view.height / 2);
        verify(Math.abs(middle - log.rowOfLine(200)) <= 1, `row ${middle} is the middle`);
        const plain = test.rowColour(201);
        verify(Qt.colorEqual(plain, view.palette.base), `${plain} is the base colour`);
        verify(!Qt.colorEqual(test.rowColour(200), plain), "the marked line stands out");
        // The end of the log centres as far as it can: the last row at the bottom.
        view.positionAtLine(test.reportLines);
        compare(view.contentY, view.contentHeight - view.height);
    }

    function test_search_marks_its_matches() {
        // Line 2: "... kworker/2:2 invoked oom-killer: gfp_mask=..."
        log.search("OOM-KILLER", false, false, 0, true);
        const y = Math.floor(log.rowOfLine(2) * view.rowHeight - view.contentY + view.rowHeight / 2);
        const image = test.grabRead();
        let marked = 0;
        for (let x = 0; x < view.width; ++x)
            if (Qt.colorEqual(image.pixel(x, y), "#ffe066"))
                ++marked;
        verify(marked > 20, `${marked} pixels of line 2 are marked`);
        const plainY = Math.floor(log.rowOfLine(1) * view.rowHeight - view.contentY
                                  + view.rowHeight / 2);
        for (let x = 0; x < view.width; ++x)
            verify(!Qt.colorEqual(image.pixel(x, plainY), "#ffe066"), "line 1 has no match");
    }

    function test_clicks_select_lines() {
        view.positionAtLine(100);
        const yOf = (line) => log.rowOfLine(line) * view.rowHeight - view.contentY
                              + view.rowHeight / 2;
        mouseClick(view, 200, yOf(98));
        compare(view.selectionFirst, 98);
        compare(view.selectionLast, 98);
        mouseClick(view, 200, yOf(103), Qt.LeftButton, Qt.ShiftModifier);
        compare(view.selectionFirst, 98);
        compare(view.selectionLast, 103);
        verify(Qt.colorEqual(test.rowColour(100), view.palette.highlight),
               "a selected line is painted selected");
        verify(!Qt.colorEqual(test.rowColour(104), view.palette.highlight));
        compare(log.text(view.selectionFirst, view.selectionLast).split("\n").length, 6);
        // Ctrl+C copies the selected lines, although the window has a shortcut on the same
        // keys (the menu's "Copy Incident as Text")...
        view.forceActiveFocus();
        windowCopy.activations = 0;
        copies.clear();
        keySequence(StandardKey.Copy);
        copies.wait(5000); // the lines are read on the reader thread
        clipboardReader.text = "";
        clipboardReader.paste();
        compare(clipboardReader.text, log.text(98, 103));
        compare(windowCopy.activations, 0);
        // ... which has the keys when no line is selected.
        view.selectionFirst = 0;
        view.selectionLast = 0;
        keySequence(StandardKey.Copy);
        compare(windowCopy.activations, 1);
        compare(copies.count, 1);
    }

    function test_keys_scroll_and_select() {
        view.forceActiveFocus();
        // Down selects the first line in view, then the next; Shift+Down extends.
        keyClick(Qt.Key_Down);
        compare(view.selectionFirst, 1);
        keyClick(Qt.Key_Down);
        compare(view.selectionFirst, 2);
        compare(view.selectionLast, 2);
        keyClick(Qt.Key_Down, Qt.ShiftModifier);
        keyClick(Qt.Key_Down, Qt.ShiftModifier);
        compare(view.selectionFirst, 2);
        compare(view.selectionLast, 4);
        keyClick(Qt.Key_Up);
        compare(view.selectionFirst, 1);
        compare(view.selectionLast, 1);
        compare(view.Accessible.description, log.text(1, 1));
        // The view follows the selected line down.
        const rowsInView = Math.floor(view.height / view.rowHeight);
        for (let i = 0; i < rowsInView + 5; ++i)
            keyClick(Qt.Key_Down);
        compare(view.selectionFirst, rowsInView + 6);
        compare(view.contentY, (rowsInView + 6) * view.rowHeight - view.height);
        // Page Down and Ctrl+Home/End scroll, the selection stays.
        view.contentY = 0;
        keyClick(Qt.Key_PageDown);
        compare(view.contentY, view.height - view.rowHeight);
        keyClick(Qt.Key_End, Qt.ControlModifier);
        compare(view.contentY, view.contentHeight - view.height);
        keyClick(Qt.Key_PageDown);
        compare(view.contentY, view.contentHeight - view.height);
        keyClick(Qt.Key_Home, Qt.ControlModifier);
        compare(view.contentY, 0);
        compare(view.selectionFirst, rowsInView + 6);
    }
}
