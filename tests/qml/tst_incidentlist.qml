// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtTest
import OomLens

// In the real window: the Incidents table has a header row whose cells name the columns,
// and a tap on a header sorts by that column, a second tap reverses the order.
TestCase {
    id: test
    name: "IncidentList"
    when: windowShown
    width: 1200
    height: 800

    // Two logs with incidents of different times and killers.
    readonly property url memcgLog: Qt.resolvedUrl(
        "../data/reports/004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log")
    readonly property url oomdLog: Qt.resolvedUrl(
        "../data/reports/023-systemd-oomd-zh-locale-candidates-abridged.log")

    Main {
        id: main
        startPaths: [test.memcgLog.toString().replace("file://", ""),
                     test.oomdLog.toString().replace("file://", "")]
        demo: false
    }

    function headerCells() {
        const header = findChild(main.contentItem, "incidentsHeader");
        const cells = [];
        for (let i = 0; i < header.contentItem.children.length; ++i) {
            const child = header.contentItem.children[i];
            if (child.objectName === "incidentsHeaderCell" && child.visible)
                cells.push(child);
        }
        return cells.sort((a, b) => a.column - b.column);
    }

    function test_header_names_the_columns_and_sorts() {
        tryVerify(() => main.session.incidents.count > 1 && !main.session.loading, 30000);
        main.showIncidentList();
        const header = findChild(main.contentItem, "incidentsHeader");
        const table = findChild(main.contentItem, "incidentsTable");
        verify(header.visible, "the header is shown");
        tryVerify(() => header.height > 10, 5000, "the header row has a height");
        verify(header.y + header.height <= table.y + 1, "the header sits above the rows");
        tryVerify(() => headerCells().length === table.columns, 5000, "a cell per column");
        const cells = headerCells();
        for (let i = 0; i < cells.length; ++i) {
            verify(cells[i].display.length > 0, `column ${i} is named`);
            verify(cells[i].height > 10, `column ${i}'s cell is visible`);
        }

        const filtered = table.model;
        const killerColumn = 1;
        mouseClick(cells[killerColumn]);
        compare(filtered.sortedColumn, killerColumn);
        const first = filtered.idAt(0);
        mouseClick(headerCells()[killerColumn]);
        compare(filtered.sortedColumn, killerColumn);
        verify(filtered.idAt(0) !== first, "a second tap reverses the order");
    }
}
