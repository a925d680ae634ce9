"use client";

import type { Control, FieldPath } from "react-hook-form";
import { Field } from "@/components/form/field";
import { Checkbox } from "@/components/ui/checkbox";
import type { EnrolledReward } from "@/lib/providers/kard/operations/kard-user-record";

/** The programmes checkbox of the user forms: CARDLINKED on or off in the `enrolledRewards` list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function CardlinkedField<T extends { enrolledRewards: EnrolledReward[] }>({ control, id }: { control: Control<T, any, any>; id: string }) {
  return (
    <Field control={control} name={"enrolledRewards" as FieldPath<T>} id={id} label="Card-linked offers (CARDLINKED)" layout="inline">
      {({ value, onChange, ...field }) => (
        <Checkbox {...field} checked={(value as EnrolledReward[]).includes("CARDLINKED")} onCheckedChange={(checked) => onChange(checked === true ? ["CARDLINKED"] : [])} />
      )}
    </Field>
  );
}
