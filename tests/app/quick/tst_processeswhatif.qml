// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtTest
import OomLens.Memory
import OomLens.TestData

// A what-if edit on the Processes page changes the predicted victim on screen: the
// headline names another process, and the table's marked row is another pid.
Item {
    id: root
    width: 1280
    height: 800

    ProcessesPage {
        id: page
        anchors.fill: parent
        incident: ReportIncidents.incident("038-unraid-6.1-sysrq-manual-oom-shmem-slab-heavy-obsidian-quoted.log")
    }

    TestCase {
        name: "ProcessesWhatIf"
        when: windowShown

        function editorOf(pid) {
            // The SpinBox of the oom_score_adj cell in the row of `pid`.
            const table = findChild(page, "victimTable")
            const stack = [table.contentItem]
            while (stack.length > 0) {
                const item = stack.pop()
                if (item.objectName === "adjEditor" && item.pid === pid)
                    return item
                for (let i = 0; i < item.children.length; ++i)
                    stack.push(item.children[i])
            }
            return null
        }

        function test_protectingTheVictimMovesThePrediction() {
            const headline = findChild(page, "headline")
            tryVerify(() => page.victims.ready)
            const before = page.victims.predictedPid
            verify(!isNaN(before))
            const textBefore = headline.text
            verify(textBefore.indexOf(String(before)) >= 0, textBefore)

            const editor = editorOf(before)
            verify(editor !== null, "no oom_score_adj editor for pid " + before)
            editor.value = -1000
            editor.valueModified()

            const after = page.victims.predictedPid
            verify(after !== before, "the predicted victim did not change")
            tryVerify(() => headline.text !== textBefore)
            verify(headline.text.indexOf(String(after)) >= 0, headline.text)
            const whatIf = findChild(page, "whatIfText")
            verify(whatIf.visible)
            verify(whatIf.text.indexOf(String(after)) >= 0, whatIf.text)
            verify(whatIf.text.indexOf(String(before)) >= 0, whatIf.text)
        }
    }
}
