/** One labelled select of a back-office filter form (a plain GET form); "" means no filter when `anyLabel` is given. */
export function FilterSelect({
  id,
  label,
  value,
  anyLabel,
  options,
}: {
  id: string;
  label: string;
  value: string;
  anyLabel?: string;
  options: { value: string; label: string }[];
}) {
  return (
    // min-w-0: a select is as wide as its longest option, and a grid cell would grow to hold it and push
    // the page sideways on a phone; the closed select clips the text instead.
    <div className="min-w-0">
      <label htmlFor={id} className="font-bold">
        {label}
      </label>
      <select
        id={id}
        name={id}
        defaultValue={value}
        className="mt-1 block min-h-11 w-full border-2 border-ink px-2 py-1"
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
