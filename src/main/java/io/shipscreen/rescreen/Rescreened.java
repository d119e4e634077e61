package io.shipscreen.rescreen;

import io.shipscreen.result.ScreenedItem;
import io.shipscreen.result.TransactionStore.StoredTransaction;

/**
 * One stored transaction screened again: the new result (or a reject, when the stored fields
 * no longer pass validation), what it was before, and how its decision changed (null: it did not).
 */
record Rescreened(ScreenedItem item, StoredTransaction previous, HitChanges.Change change) {
}
